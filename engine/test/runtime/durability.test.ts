import { createRuntime, MemoryEffectLedger, MemoryStepStore, type RuntimeDeps } from '@ainow/engine/runtime';
import type { Workflow } from '@ainow/engine/workflow';
import { buildWorkflow } from './support/build-workflow';
import { simpleEvaluator } from './support/simple-evaluator';
import { calls, resetCalls, testRegistry } from './support/test-nodes';

const deps = (more: Partial<RuntimeDeps> = {}): RuntimeDeps => ({
  registry: testRegistry(),
  evaluator: simpleEvaluator,
  ...more,
});

beforeEach(resetCalls);

describe('runtime: durability', () => {
  it('resumes a killed run from its stored steps without running finished steps again', async () => {
    //  trig ─► first ─► second ─► last
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['first', 't.sleep', { ms: 1 }],
        ['second', 't.sleep', { ms: 1 }],
        ['last', 't.set', { field: 'done', value: true }],
      ],
      ['trig -> first', 'first -> second', 'second -> last'],
    );
    const store = new MemoryStepStore();
    const controller = new AbortController();
    const killed = await createRuntime(deps({ stepStore: store })).run(wf, {
      runId: 'run-1',
      signal: controller.signal,
      hooks: {
        stepFinished: (step) => step.nodeId === 'first' && controller.abort(new Error('worker died')),
      },
    });
    expect(killed.status).toBe('cancelled');
    expect((await store.loadSteps('run-1')).map((s) => s.nodeId)).toEqual(['trig', 'first']);

    const resumed = await createRuntime(deps({ stepStore: store })).run(wf, {
      runId: 'run-1',
      previousSteps: await store.loadSteps('run-1'),
    });
    expect(resumed.status).toBe('success');
    expect(resumed.steps.map((s) => s.nodeId)).toEqual(['trig', 'first', 'second', 'last']);
    expect(calls.first).toEqual([0]);
    expect(calls.second).toEqual([0]);
    expect((await store.loadSteps('run-1')).map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });

  it('never sends an item twice when a run dies in the middle of a send step', async () => {
    const controller = new AbortController();
    const items = [0, 1, 2, 3].map((n) => ({
      json: { n, ...(n === 2 ? { crash: () => controller.abort(new Error('SIGKILL')) } : {}) },
    }));
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['send', 't.send', { to: 'x' }],
      ],
      ['trig -> send'],
    );
    const ledger = new MemoryEffectLedger();
    const store = new MemoryStepStore();
    const first = await createRuntime(deps({ ledger, stepStore: store })).run(wf, {
      runId: 'r',
      triggerItems: items,
      signal: controller.signal,
    });
    expect(first.status).toBe('cancelled');
    expect(calls.send).toEqual([0, 1, 2]);

    const again = await createRuntime(deps({ ledger, stepStore: store })).run(wf, {
      runId: 'r',
      triggerItems: items,
      previousSteps: await store.loadSteps('r'),
    });
    expect(again.status).toBe('success');
    expect(calls.send).toEqual([0, 1, 2, 3]);
    expect(again.outputs.send.main.map((i) => i.json.n)).toEqual([0, 1, 2, 3]);
  });

  it.each([
    ['stop', 'failed'],
    ['continue', 'success'],
  ] as const)(
    'does not repeat an item whose send may have happened (onError %s → run %s)',
    async (onError, status) => {
      const ledger = new MemoryEffectLedger();
      await ledger.begin({ runId: 'r2', nodeId: 'send', runIndex: 0, itemIndex: 1 });
      const wf = buildWorkflow(
        [
          ['trig', 't.trigger'],
          ['send', 't.send', { to: 'x' }, { onError }],
        ],
        ['trig -> send'],
      );
      const result = await createRuntime(deps({ ledger })).run(wf, {
        runId: 'r2',
        triggerItems: [{ json: {} }, { json: {} }, { json: {} }],
      });
      expect(result.status).toBe(status);
      expect(calls.send ?? []).not.toContain(1);
      const message =
        onError === 'stop' ? result.error?.message : String(result.outputs.send.main[1].json.error);
      expect(message).toContain('cannot tell whether the vendor received it');
    },
  );

  it('dry run: send nodes report what they would send and call nobody', async () => {
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['send', 't.send', { to: '{{ $json.email }}' }],
      ],
      ['trig -> send'],
    );
    const result = await createRuntime(deps()).run(wf, {
      dryRun: true,
      triggerItems: [{ json: { email: 'ada@example.com' } }],
    });
    expect(calls.send).toBeUndefined();
    expect(result.outputs.send.main[0].json.dryRun).toEqual({
      node: 'send',
      wouldSend: { to: 'ada@example.com' },
    });
    expect(result.steps[1].dryRun).toBe(true);
  });
});

describe('runtime: waiting', () => {
  const waitFlow = (ms: number) =>
    buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['wait', 't.wait', { ms }],
        ['after', 't.set', { field: 'after', value: true }],
      ],
      ['trig -> wait', 'wait -> after'],
    );

  it('sleeps through a short wait in place', async () => {
    const result = await createRuntime(deps()).run(waitFlow(10));
    expect(result.status).toBe('success');
  });

  it('ends a long wait as waiting, then resumes from the stored steps', async () => {
    const store = new MemoryStepStore();
    const runtime = createRuntime(deps({ stepStore: store, inlineWaitMs: 100 }));
    const waiting = await runtime.run(waitFlow(60_000), {
      runId: 'w',
      triggerItems: [{ json: { lead: 1 } }],
    });
    expect(waiting.status).toBe('waiting');
    expect(Date.parse(waiting.waitUntil!)).toBeGreaterThan(Date.now() + 50_000);
    const resumed = await runtime.run(waitFlow(60_000), {
      runId: 'w',
      triggerItems: [{ json: { lead: 1 } }],
      previousSteps: await store.loadSteps('w'),
      resume: true,
    });
    expect(resumed.status).toBe('success');
    expect(resumed.outputs.after.main[0].json).toEqual({ lead: 1, after: true });
    expect((await store.loadSteps('w')).find((s) => s.nodeId === 'wait')?.status).toBe('success');
  });
});

describe('runtime: sub-workflows', () => {
  it('runs another workflow with the current items and returns its output', async () => {
    const child: Workflow = buildWorkflow(
      [
        ['start', 't.trigger'],
        ['mark', 't.set', { field: 'child', value: true }],
      ],
      ['start -> mark'],
    );
    const parent = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['sub', 't.sub', { workflowId: 'child' }],
      ],
      ['trig -> sub'],
    );
    const result = await createRuntime(
      deps({
        workflows: {
          load: async (ref) =>
            ref.workflowId === 'child' ? child : Promise.reject(new Error('no such workflow')),
        },
      }),
    ).run(parent, {
      triggerItems: [{ json: { a: 1 } }],
    });
    expect(result.status).toBe('success');
    expect(result.outputs.sub.main.map((i) => i.json)).toEqual([{ a: 1, child: true }]);
  });

  it('stops a workflow that calls itself', async () => {
    const self = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['sub', 't.sub', { workflowId: 'self' }],
      ],
      ['trig -> sub'],
    );
    const result = await createRuntime(deps({ workflows: { load: async () => self } })).run(self);
    expect(result.status).toBe('failed');
    expect(result.error?.message).toContain('nest deeper than 10');
  });
});
