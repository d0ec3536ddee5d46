import type { Item } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';
import { executeWorkflow } from '@ainow/nodes/core';

const items = [{ json: { n: 1 } }, { json: { n: 2 } }];

function fakeRunner(result: (input: Item[]) => Item[]) {
  const calls: Array<{ ref: { workflowId?: string; file?: string }; items: Item[] }> = [];
  return {
    calls,
    executeWorkflow: async (ref: { workflowId?: string; file?: string }, input: Item[]) => {
      calls.push({ ref, items: input });
      return result(input);
    },
  };
}

describe('core.executeWorkflow', () => {
  it('runs the workflow once with all items and pairs results by position', async () => {
    const runner = fakeRunner((input) => input.map((i) => ({ json: { doubled: (i.json.n as number) * 2 } })));
    const out = await runNode(executeWorkflow, {
      props: { workflowId: 'wf_1' },
      items,
      executeWorkflow: runner.executeWorkflow,
    });
    expect(runner.calls).toEqual([{ ref: { workflowId: 'wf_1' }, items }]);
    expect(out.main).toEqual([
      { json: { doubled: 2 }, pairedItem: { item: 0 } },
      { json: { doubled: 4 }, pairedItem: { item: 1 } },
    ]);
  });

  it('pairs a summary result with every input', async () => {
    const runner = fakeRunner(() => [{ json: { total: 3 } }]);
    const out = await runNode(executeWorkflow, {
      props: { workflowId: 'wf_1' },
      items,
      executeWorkflow: runner.executeWorkflow,
    });
    expect(out.main[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
  });

  it('in mode each runs once per item, pairing each result with its item', async () => {
    const runner = fakeRunner((input) => [input[0], input[0]]);
    const out = await runNode(executeWorkflow, {
      props: { source: 'file', file: ' ./sub.workflow.json ', mode: 'each' },
      items,
      executeWorkflow: runner.executeWorkflow,
    });
    expect(runner.calls.map((c) => c.ref)).toEqual([
      { file: './sub.workflow.json' },
      { file: './sub.workflow.json' },
    ]);
    expect(out.main.map((item) => item.pairedItem)).toEqual([
      { item: 0 },
      { item: 0 },
      { item: 1 },
      { item: 1 },
    ]);
  });

  it('asks for a workflow when none is set', async () => {
    expect(executeWorkflow.validate!({})).toEqual([expect.stringMatching(/choose the workflow/)]);
    await expect(
      runNode(executeWorkflow, { props: {}, items, executeWorkflow: fakeRunner(() => []).executeWorkflow }),
    ).rejects.toThrow(/choose the workflow/);
  });
});
