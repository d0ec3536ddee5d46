import { runNode } from '@ainow/engine/testing';
import { aggregate } from '@ainow/nodes/core';

const items = [
  { json: { email: 'a@x.co', c: { n: 1 } } },
  { json: { c: { n: 2 } } },
  { json: { email: 'b@x.co' } },
];
const allPairs = [{ item: 0 }, { item: 1 }, { item: 2 }];

describe('core.aggregate', () => {
  it.each([
    [
      { fields: [{ field: 'email' }, { field: 'c.n', renameTo: 'numbers' }] },
      { email: ['a@x.co', 'b@x.co'], numbers: [1, 2] },
    ],
    [{ fields: [{ field: 'c.n' }], keepMissing: true }, { n: [1, 2, null] }],
    [{ fields: ['email'] }, { email: ['a@x.co', 'b@x.co'] }],
    [{ all: true }, { items: items.map((item) => item.json) }],
    [{ all: true, outputField: 'leads' }, { leads: items.map((item) => item.json) }],
  ])('%j gives one item %j paired with every input', async (props, json) => {
    const out = await runNode(aggregate, { props, items });
    expect(out.main).toEqual([{ json, pairedItem: allPairs }]);
  });

  it('outputs nothing for no items', async () => {
    expect((await runNode(aggregate, { props: { all: true }, items: [] })).main).toEqual([]);
  });

  it('asks for fields when none are given', async () => {
    await expect(runNode(aggregate, { props: { fields: [] }, items })).rejects.toThrow(
      /choose at least one field/,
    );
  });
});
