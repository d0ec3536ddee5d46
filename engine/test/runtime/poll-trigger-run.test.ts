import { createRuntime, MemoryNodeStateStore, type RuntimeDeps } from '@ainow/engine/runtime';
import { defineNode, defineTrigger, NodeError, NodeRegistry } from '@ainow/engine/sdk';
import { buildWorkflow } from './support/build-workflow';
import { simpleEvaluator } from './support/simple-evaluator';

/** A feed read by a polling trigger that keeps the ids it has emitted in its node state. */
let feed: string[] = [];
let polls = 0;
let failuresLeft = 0;
const feedTrigger = defineTrigger({
  type: 't.feed',
  version: 1,
  displayName: 'Feed',
  description: '',
  category: 'Triggers',
  trigger: { kind: 'poll' },
  effect: 'read',
  props: {},
  async poll(ctx) {
    polls++;
    if (failuresLeft-- > 0) throw new NodeError('feed is busy', { retryable: true });
    const seen = (await ctx.state.get<string[]>('seen')) ?? [];
    const fresh = feed.filter((id) => !seen.includes(id));
    await ctx.state.set('seen', [...seen, ...fresh]);
    return fresh.map((id) => ({ json: { id } }));
  },
});
const collect = defineNode({
  type: 't.collect',
  version: 1,
  displayName: 'Collect',
  description: '',
  category: 'Data',
  effect: 'read',
  props: {},
  async run(ctx) {
    return ctx.items;
  },
});

describe('runtime: a polling trigger in a run', () => {
  const workflow = buildWorkflow(
    [
      ['feed', 't.feed'],
      ['out', 't.collect'],
    ],
    ['feed -> out'],
  );
  let nodeState: MemoryNodeStateStore;
  const runtime = () => {
    const registry = new NodeRegistry();
    registry.add(feedTrigger);
    registry.add(collect);
    const deps: RuntimeDeps = { registry, evaluator: simpleEvaluator, nodeState };
    return createRuntime(deps);
  };
  const ids = (items: Array<{ json: Record<string, unknown> }>) => items.map((i) => i.json.id);
  beforeEach(() => {
    feed = ['a', 'b'];
    polls = 0;
    failuresLeft = 0;
    nodeState = new MemoryNodeStateStore();
  });

  it('fetches what the next poll would in a manual run, without moving the stored cursor', async () => {
    const state = nodeState.forNode(workflow.id ?? workflow.name, 'feed');
    await state.set('seen', ['a']);
    const first = await runtime().run(workflow, { mode: 'manual' });
    expect(first.status).toBe('success');
    expect(ids(first.outputs.out.main)).toEqual(['b']);
    expect(first.steps[0].output.main[0].pairedItem).toEqual({ item: 0 });
    expect(await state.get('seen')).toEqual(['a']);
    const again = await runtime().run(workflow, { mode: 'manual' });
    expect(ids(again.outputs.out.main)).toEqual(['b']);
  });

  it('passes on the items its poll started the run with, and the items given to the run', async () => {
    const polled = await runtime().run(workflow, { mode: 'poll', triggerItems: [{ json: { id: 'x' } }] });
    expect(ids(polled.outputs.out.main)).toEqual(['x']);
    const given = await runtime().run(workflow, { mode: 'cli', triggerItems: [{ json: { id: 'y' } }] });
    expect(ids(given.outputs.out.main)).toEqual(['y']);
    expect(polls).toBe(0);
  });

  it("applies the node's retry policy to the poll and fails the step with the vendor's message", async () => {
    failuresLeft = 1;
    const retried = await runtime().run(
      {
        ...workflow,
        nodes: workflow.nodes.map((n) =>
          n.id === 'feed' ? { ...n, retry: { maxAttempts: 2, delayMs: 1, backoff: 'fixed' } } : n,
        ),
      },
      { mode: 'manual' },
    );
    expect(retried.status).toBe('success');
    expect(retried.steps[0].retries).toBe(1);
    expect(ids(retried.outputs.out.main)).toEqual(['a', 'b']);
    failuresLeft = 1;
    const failed = await runtime().run(workflow, { mode: 'manual' });
    expect(failed.status).toBe('failed');
    expect(failed.steps[0].error?.message).toContain('feed is busy');
  });
});
