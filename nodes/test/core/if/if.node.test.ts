import { runNode } from '@ainow/engine/testing';
import { ifNode } from '@ainow/nodes/core';

const items = [{ json: { n: 1 } }, { json: { n: 5 } }, { json: { n: 9 } }];
/** Parameters as the runtime gives them: `left` already evaluated per item. */
const gtFour = items.map((item) => ({ conditions: [{ left: item.json.n, op: 'gt', right: 4 }] }));

describe('core.if', () => {
  it('routes items to true and false, paired with their input index', async () => {
    const out = await runNode(ifNode, { propsPerItem: gtFour, items });
    expect(out.true).toEqual([
      { json: { n: 5 }, pairedItem: { item: 1 } },
      { json: { n: 9 }, pairedItem: { item: 2 } },
    ]);
    expect(out.false).toEqual([{ json: { n: 1 }, pairedItem: { item: 0 } }]);
  });

  it.each([
    ['and', [true, false]],
    ['or', [true, true]],
  ] as const)('combines with %s', async (combine, expected) => {
    const propsPerItem = [
      {
        combine,
        conditions: [
          { left: 'a', op: 'equals', right: 'a' },
          { left: 1, op: 'gt', right: 0 },
        ],
      },
      {
        combine,
        conditions: [
          { left: 'a', op: 'equals', right: 'a' },
          { left: 1, op: 'gt', right: 2 },
        ],
      },
    ];
    const out = await runNode(ifNode, { propsPerItem, items: items.slice(0, 2) });
    const passed = out.true.map((item) => item.pairedItem);
    expect(
      [0, 1].map((i) => passed.some((pair) => JSON.stringify(pair) === JSON.stringify({ item: i }))),
    ).toEqual(expected);
  });

  it('names the item when a condition is broken', async () => {
    const propsPerItem = [
      { conditions: [] },
      { conditions: [{ left: 'x', op: 'matchesRegex', right: '[' }] },
    ];
    await expect(runNode(ifNode, { propsPerItem, items: items.slice(0, 2) })).rejects.toThrow(
      /item 2: condition 1/,
    );
  });

  it('declares the true and false ports', () => {
    expect(ifNode.outputs).toEqual(['true', 'false']);
  });
});
