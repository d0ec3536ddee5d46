import { runNode } from '@ainow/engine/testing';
import { noop } from '@ainow/nodes/core';

describe('core.noop', () => {
  it('passes items through, paired by position', async () => {
    const out = await runNode(noop, { items: [{ json: { a: 1 } }, { json: {}, pairedItem: { item: 7 } }] });
    expect(out.main).toEqual([
      { json: { a: 1 }, pairedItem: { item: 0 } },
      { json: {}, pairedItem: { item: 1 } },
    ]);
  });
});
