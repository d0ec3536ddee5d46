import type { PortItems } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';
import { sort } from '@ainow/nodes/core';

const order = (out: PortItems) => out.main.map((item) => item.json.id);

describe('core.sort', () => {
  it.each([
    [
      'numbers and numeric text',
      [
        { id: 'a', v: 10 },
        { id: 'b', v: '9' },
        { id: 'c', v: 100 },
      ],
      'asc',
      ['b', 'a', 'c'],
    ],
    [
      'text',
      [
        { id: 'a', v: 'pear' },
        { id: 'b', v: 'apple' },
      ],
      'asc',
      ['b', 'a'],
    ],
    [
      'dates',
      [
        { id: 'a', v: '2024-03-01T00:00:00Z' },
        { id: 'b', v: '2023-12-31' },
        { id: 'c', v: '2024-01-15T10:00:00+02:00' },
      ],
      'desc',
      ['a', 'c', 'b'],
    ],
    ['missing last in asc', [{ id: 'a' }, { id: 'b', v: 2 }, { id: 'c', v: 1 }], 'asc', ['c', 'b', 'a']],
    [
      'missing last in desc',
      [
        { id: 'a', v: null },
        { id: 'b', v: 1 },
        { id: 'c', v: 2 },
      ],
      'desc',
      ['c', 'b', 'a'],
    ],
  ])('sorts %s', async (_name, rows, direction, expected) => {
    const out = await runNode(sort, {
      props: { by: [{ field: 'v', order: direction }] },
      items: rows.map((json) => ({ json })),
    });
    expect(order(out)).toEqual(expected);
  });

  it('is stable and breaks ties with later fields, keeping pairing', async () => {
    const rows = [
      { id: 'a', team: 'x', score: 1 },
      { id: 'b', team: 'y', score: 5 },
      { id: 'c', team: 'x', score: 5 },
      { id: 'd', team: 'x', score: 1 },
    ];
    const out = await runNode(sort, {
      props: { by: [{ field: 'team' }, { field: 'score', order: 'desc' }] },
      items: rows.map((json) => ({ json })),
    });
    expect(order(out)).toEqual(['c', 'a', 'd', 'b']);
    expect(out.main.map((item) => item.pairedItem)).toEqual([
      { item: 2 },
      { item: 0 },
      { item: 3 },
      { item: 1 },
    ]);
  });

  it('can ignore case', async () => {
    const items = ['b', 'B', 'a', 'A'].map((v, i) => ({ json: { id: i, v } }));
    const out = await runNode(sort, { props: { by: [{ field: 'v' }], ignoreCase: true }, items });
    expect(out.main.map((item) => item.json.v)).toEqual(['a', 'A', 'b', 'B']);
  });
});
