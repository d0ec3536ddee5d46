import { runNode } from '@ainow/engine/testing';
import { manualTrigger } from '@ainow/nodes/core';

describe('core.manualTrigger', () => {
  it('is a manual trigger with no inputs', () => {
    expect(manualTrigger.trigger).toEqual({ kind: 'manual' });
    expect(manualTrigger.inputs).toEqual([]);
  });

  it('passes the run items through, paired by position', async () => {
    const out = await runNode(manualTrigger, { items: [{ json: { a: 1 } }, { json: {} }] });
    expect(out.main).toEqual([
      { json: { a: 1 }, pairedItem: { item: 0 } },
      { json: {}, pairedItem: { item: 1 } },
    ]);
  });
});
