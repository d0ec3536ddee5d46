import { runNode } from '@ainow/engine/testing';
import { limit } from '@ainow/nodes/core';

const items = [0, 1, 2, 3].map((n) => ({ json: { n } }));

describe('core.limit', () => {
  it.each([
    [2, 'first', [0, 1]],
    [2, 'last', [2, 3]],
    [9, 'last', [0, 1, 2, 3]],
    [0, 'first', []],
  ])('max %i from %s keeps %j, paired with input positions', async (max, from, expected) => {
    const out = await runNode(limit, { props: { max, from }, items });
    expect(out.main.map((item) => item.json.n)).toEqual(expected);
    expect(out.main.map((item) => item.pairedItem)).toEqual(expected.map((item) => ({ item })));
  });

  it('rejects a negative max', async () => {
    await expect(runNode(limit, { props: { max: -1 }, items })).rejects.toThrow(/whole number of 0 or more/);
  });
});
