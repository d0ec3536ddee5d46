import { runNode } from '@ainow/engine/testing';
import { filter } from '@ainow/nodes/core';

describe('core.filter', () => {
  const items = ['ada@x.co', '', 'bob@y.co', null].map((email) => ({ json: { email } }));
  const propsPerItem = items.map((item) => ({ conditions: [{ left: item.json.email, op: 'isNotEmpty' }] }));

  it('keeps matching items with their input index and drops the rest', async () => {
    const out = await runNode(filter, { propsPerItem, items });
    expect(out.main).toEqual([
      { json: { email: 'ada@x.co' }, pairedItem: { item: 0 } },
      { json: { email: 'bob@y.co' }, pairedItem: { item: 2 } },
    ]);
  });

  it.each([
    [false, 1],
    [true, 2],
  ])('ignoreCase %p keeps %i items', async (ignoreCase, kept) => {
    const two = [{ json: { c: 'Acme' } }, { json: { c: 'acme' } }];
    const out = await runNode(filter, {
      propsPerItem: two.map((item) => ({
        ignoreCase,
        conditions: [{ left: item.json.c, op: 'equals', right: 'acme' }],
      })),
      items: two,
    });
    expect(out.main).toHaveLength(kept);
  });
});
