import { runNode } from '@ainow/engine/testing';
import { merge } from '@ainow/nodes/core';

const a = [
  { json: { email: 'ada@x.co', name: 'Ada' } },
  { json: { email: 'bob@x.co', name: 'Bob' } },
  { json: { name: 'No email' } },
];
const b = [
  { json: { contact: { email: 'bob@x.co' }, score: 70, name: 'Robert' } },
  { json: { contact: { email: 'cy@x.co' }, score: 10 } },
  { json: { contact: { email: 'bob@x.co' }, score: 75 } },
];
const inputs = { a, b };
const names = (items: { json: Record<string, unknown> }[]) =>
  items.map((item) => item.json.name ?? item.json.score);

describe('core.merge', () => {
  it('appends b after a, pairing each item with its input', async () => {
    const out = await runNode(merge, { props: { mode: 'append' }, inputs });
    expect(out.main).toHaveLength(6);
    expect(out.main.map((item) => item.pairedItem)).toEqual([
      { item: 0, input: 'a' },
      { item: 1, input: 'a' },
      { item: 2, input: 'a' },
      { item: 0, input: 'b' },
      { item: 1, input: 'b' },
      { item: 2, input: 'b' },
    ]);
  });

  it.each([
    [
      'inner',
      ['Robert', 'Bob'],
      [
        [1, 0],
        [1, 2],
      ],
    ],
    ['left', ['Robert', 'Bob', 'Ada', 'No email'], [[1, 0], [1, 2], [0], [2]]],
    ['outer', ['Robert', 'Bob', 'Ada', 'No email', 10], [[1, 0], [1, 2], [0], [2], [null, 1]]],
  ] as const)('matches by key with a %s join', async (join, expectedNames, pairs) => {
    const out = await runNode(merge, {
      props: { mode: 'byKey', keyA: 'email', keyB: 'contact.email', join },
      inputs,
    });
    const sorted = [...out.main].sort((x, y) =>
      JSON.stringify(x.pairedItem).localeCompare(JSON.stringify(y.pairedItem)),
    );
    expect(new Set(names(out.main))).toEqual(new Set(expectedNames));
    expect(out.main).toHaveLength(pairs.length);
    const expectedPairs = pairs.map(([ia, ib]) => [
      ...(ia === null ? [] : [{ item: ia, input: 'a' }]),
      ...(ib === undefined ? [] : [{ item: ib, input: 'b' }]),
    ]);
    expect(sorted.map((item) => item.pairedItem)).toEqual(
      [...expectedPairs].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
    );
  });

  it('merges fields of both sides, b winning clashes unless prefer is a', async () => {
    const props = { mode: 'byKey', keyA: 'email', keyB: 'contact.email' };
    const preferB = await runNode(merge, { props, inputs });
    expect(preferB.main[0].json).toEqual({
      email: 'bob@x.co',
      name: 'Robert',
      contact: { email: 'bob@x.co' },
      score: 70,
    });
    const preferA = await runNode(merge, { props: { ...props, prefer: 'a' }, inputs });
    expect(preferA.main[0].json.name).toBe('Bob');
  });

  it('matches numbers with numeric text', async () => {
    const out = await runNode(merge, {
      props: { mode: 'byKey', keyA: 'id', keyB: 'id' },
      inputs: { a: [{ json: { id: 5 } }], b: [{ json: { id: '5', ok: true } }] },
    });
    expect(out.main).toEqual([
      {
        json: { id: '5', ok: true },
        pairedItem: [
          { item: 0, input: 'a' },
          { item: 0, input: 'b' },
        ],
      },
    ]);
  });

  it.each([
    [false, 2],
    [true, 3],
  ])('by position with includeUnpaired %p gives %i items', async (includeUnpaired, count) => {
    const out = await runNode(merge, {
      props: { mode: 'byPosition', includeUnpaired },
      inputs: { a: a.slice(0, 2), b },
    });
    expect(out.main).toHaveLength(count);
    expect(out.main[0].pairedItem).toEqual([
      { item: 0, input: 'a' },
      { item: 0, input: 'b' },
    ]);
    if (includeUnpaired) expect(out.main[2].pairedItem).toEqual([{ item: 2, input: 'b' }]);
  });

  it.each(['a', 'b'] as const)('chooseInput %s outputs that input only', async (input) => {
    const out = await runNode(merge, { props: { mode: 'chooseInput', input }, inputs });
    expect(out.main.map((item) => item.json)).toEqual(inputs[input].map((item) => item.json));
    expect(out.main[1].pairedItem).toEqual({ item: 1, input });
  });

  it('works when one input is empty', async () => {
    const out = await runNode(merge, {
      props: { mode: 'byKey', keyA: 'email', keyB: 'email', join: 'left' },
      inputs: { a },
    });
    expect(out.main).toHaveLength(3);
  });

  it('says what is missing for match by key', async () => {
    expect(merge.validate!({ mode: 'byKey', keyA: 'email' })).toEqual([
      expect.stringMatching(/keyA and keyB/),
    ]);
    await expect(runNode(merge, { props: { mode: 'byKey' }, inputs })).rejects.toThrow(/Key field in a/);
  });

  it('declares inputs a and b', () => {
    expect(merge.inputs).toEqual(['a', 'b']);
  });
});
