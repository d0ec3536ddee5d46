import { createRuntime, type RuntimeDeps } from '@ainow/engine/runtime';
import { buildWorkflow } from './support/build-workflow';
import { simpleEvaluator } from './support/simple-evaluator';
import { calls, resetCalls, testRegistry } from './support/test-nodes';

const deps = (more: Partial<RuntimeDeps> = {}): RuntimeDeps => ({
  registry: testRegistry(),
  evaluator: simpleEvaluator,
  ...more,
});
const order = (steps: { nodeId: string }[]) => steps.map((s) => s.nodeId);

beforeEach(resetCalls);

describe('runtime: order and readiness', () => {
  it('runs a linear chain, evaluating expressions per item, and records each step', async () => {
    //  trig ──► a ──► b
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['a', 't.set', { field: 'x', value: '{{ $json.n }}' }],
        ['b', 't.set', { field: 'y', value: 2 }],
      ],
      ['trig -> a', 'a -> b'],
    );
    const result = await createRuntime(deps()).run(wf, {
      triggerItems: [{ json: { n: 1 } }, { json: { n: 7 } }],
    });
    expect(result.status).toBe('success');
    expect(order(result.steps)).toEqual(['trig', 'a', 'b']);
    expect(result.outputs.b.main.map((i) => i.json)).toEqual([
      { n: 1, x: 1, y: 2 },
      { n: 7, x: 7, y: 2 },
    ]);
    expect(result.steps[1]).toMatchObject({
      itemsIn: 2,
      itemsOut: { main: 2 },
      status: 'success',
      index: 1,
      runIndex: 0,
    });
  });

  it('skips a branch that receives no items and still runs the join once', async () => {
    //          ┌─true──► yes ──a─┐
    //  trig ► if                  merge
    //          └─false─► no ───b─┘
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['if', 't.if', { field: 'ok' }],
        ['yes', 't.set', { field: 'branch', value: 'yes' }],
        ['no', 't.set', { field: 'branch', value: 'no' }],
        ['merge', 't.merge'],
      ],
      ['trig -> if', 'if:true -> yes', 'if:false -> no', 'yes -> merge:a', 'no -> merge:b'],
    );
    const result = await createRuntime(deps()).run(wf, { triggerItems: [{ json: { ok: true } }] });
    expect(order(result.steps)).toEqual(['trig', 'if', 'yes', 'merge']);
    expect(result.outputs.merge.main.map((i) => i.json.branch)).toEqual(['yes']);
  });

  it('runs a diamond join only after both sides delivered, in a deterministic order', async () => {
    //        ┌► left ─┐
    //  trig ─┤        ├► join(a,b)
    //        └► right ┘
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['left', 't.sleep', { ms: 30 }],
        ['right', 't.sleep', { ms: 1 }],
        ['join', 't.merge'],
      ],
      ['trig -> right', 'trig -> left', 'left -> join:a', 'right -> join:b'],
    );
    const runs = await Promise.all([1, 2, 3].map(() => createRuntime(deps()).run(wf)));
    for (const result of runs) {
      expect(order(result.steps)).toEqual(['trig', 'left', 'right', 'join']);
      expect(result.outputs.join.main).toHaveLength(2);
    }
  });

  it('resolves $(node).item through a Merge via paired items', async () => {
    //  trig ─► tag ─► if ─true─► merge:a ─► use
    //                    └false► merge:b
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['tag', 't.set', { field: 'tag', value: '{{ $json.n }}' }],
        ['if', 't.if', { field: 'ok' }],
        ['merge', 't.merge'],
        ['use', 't.set', { field: 'fromTag', value: "{{ $('tag').item.json.tag }}" }],
      ],
      ['trig -> tag', 'tag -> if', 'if:true -> merge:a', 'if:false -> merge:b', 'merge -> use'],
    );
    const result = await createRuntime(deps()).run(wf, {
      triggerItems: [
        { json: { n: 'first', ok: false } },
        { json: { n: 'second', ok: true } },
        { json: { n: 'third', ok: false } },
      ],
    });
    expect(result.outputs.use.main.map((i) => [i.json.n, i.json.fromTag])).toEqual([
      ['second', 'second'],
      ['first', 'first'],
      ['third', 'third'],
    ]);
  });

  it('refuses a cycle that does not pass through a Loop node', async () => {
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['a', 't.set', { field: 'x' }],
        ['b', 't.set', { field: 'y' }],
      ],
      ['trig -> a', 'a -> b', 'b -> a'],
    );
    await expect(createRuntime(deps()).run(wf)).rejects.toThrow(
      "the workflow has a cycle through 'a', 'b'; only a Loop node may close a cycle",
    );
  });

  it('runs only what a destination node needs ("run up to this node")', async () => {
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['a', 't.set', { field: 'x', value: 1 }],
        ['b', 't.set', { field: 'y', value: 2 }],
        ['c', 't.set', { field: 'z', value: 3 }],
      ],
      ['trig -> a', 'a -> b', 'trig -> c'],
    );
    const result = await createRuntime(deps()).run(wf, { destinationNodeId: 'a' });
    expect(order(result.steps)).toEqual(['trig', 'a']);
  });

  it('short-circuits a node with pinned data in manual runs only', async () => {
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['a', 't.sleep', { ms: 1 }],
        ['b', 't.set', { field: 'y', value: 2 }],
      ],
      ['trig -> a', 'a -> b'],
      {
        pinData: { a: [{ json: { pinned: true } }] },
      },
    );
    const manual = await createRuntime(deps()).run(wf, { mode: 'manual' });
    expect(manual.outputs.b.main[0].json).toEqual({ pinned: true, y: 2 });
    expect(manual.steps[1].pinned).toBe(true);
    expect(calls.a).toBeUndefined();
    const production = await createRuntime(deps()).run(wf, { mode: 'trigger' });
    expect(production.outputs.b.main[0].json).toEqual({ y: 2 });
    expect(calls.a).toEqual([0]);
  });
});

describe('runtime: triggers and credentials', () => {
  it('passes the start items on from a webhook trigger that declares no run', async () => {
    const wf = buildWorkflow(
      [
        ['hook', 't.hook'],
        ['a', 't.set', { field: 'seen', value: true }],
      ],
      ['hook -> a'],
    );
    const result = await createRuntime(deps()).run(wf, {
      triggerItems: [{ json: { body: { email: 'x@y.z' } } }],
    });
    expect(result.outputs.a.main[0].json).toEqual({ body: { email: 'x@y.z' }, seen: true });
  });

  const missing = {
    resolve: async () => ({ id: 'chosen', type: 'acme', values: {} }),
    resolveMissing: async () => ({ id: 'sandbox', type: 'acme', values: {} }),
  };
  it.each([
    ['t.cred', {}, 'sandbox'],
    ['t.cred', { credentials: { acme: 'c1' } }, 'chosen'],
    ['t.optionalCred', {}, null],
  ])('%s with %j gets credential %s', async (type, extra, expected) => {
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['n', type, {}, extra],
      ],
      ['trig -> n'],
    );
    const result = await createRuntime(deps({ credentials: missing })).run(wf);
    expect(result.outputs.n.main[0].json.credentialId).toBe(expected);
  });

  it('fails clearly when a required credential is not chosen', async () => {
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['n', 't.cred'],
      ],
      ['trig -> n'],
    );
    const result = await createRuntime(deps()).run(wf);
    expect(result.error?.message).toBe(
      "node 'n' needs a credential of type acme; choose one in the node's settings",
    );
  });
});

describe('runtime: usage', () => {
  it('sums what nodes report per step and per run', async () => {
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['a', 't.metered'],
        ['b', 't.metered'],
      ],
      ['trig -> a', 'a -> b'],
    );
    const result = await createRuntime(deps()).run(wf, { triggerItems: [{ json: {} }, { json: {} }] });
    expect(result.steps[1].usage).toEqual({ tokens: 20, costUsd: 1 });
    expect(result.steps[0].usage).toBeUndefined();
    expect(result.usage).toEqual({ tokens: 40, costUsd: 2 });
  });
});

describe('runtime: loops', () => {
  //  trig ─► loop ─loop─► body ─┐
  //           ▲  └done─► after  │
  //           └─────────────────┘
  const loopWorkflow = (batchSize: number, extra = {}) =>
    buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['loop', 't.loop', { batchSize }],
        ['body', 't.set', { field: 'seen', value: true }],
        ['after', 't.set', { field: 'end', value: true }],
      ],
      ['trig -> loop', 'loop:loop -> body', 'body -> loop', 'loop:done -> after'],
      extra,
    );

  it.each([
    [1, 5, 6],
    [2, 5, 4],
    [5, 5, 2],
  ])(
    'batch size %i over %i items: loop runs %i times, done gets every item once',
    async (batchSize, count, loopRuns) => {
      const items = Array.from({ length: count }, (_, n) => ({ json: { n } }));
      const result = await createRuntime(deps()).run(loopWorkflow(batchSize), { triggerItems: items });
      expect(result.status).toBe('success');
      expect(result.steps.filter((s) => s.nodeId === 'loop')).toHaveLength(loopRuns);
      expect(result.outputs.after.main.map((i) => i.json)).toEqual(
        items.map((i) => ({ ...i.json, seen: true, end: true })),
      );
    },
  );

  it('stops at the iteration cap with a clear error', async () => {
    const items = Array.from({ length: 10 }, (_, n) => ({ json: { n } }));
    const result = await createRuntime(deps()).run(
      loopWorkflow(1, {
        settings: { timezone: 'UTC', errorWorkflowId: null, timeoutMs: 10000, maxLoopIterations: 3 },
      }),
      { triggerItems: items },
    );
    expect(result.status).toBe('failed');
    expect(result.error?.message).toContain("Loop 'loop' went round 3 times");
  });
});

describe('runtime: errors, retries, limits', () => {
  const sendFlow = (onError: 'stop' | 'continue' | 'route', extra: Record<string, unknown> = {}) =>
    buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['send', 't.send', { to: '{{ $json.email }}' }, { onError, ...extra }],
      ],
      ['trig -> send'],
    );
  const items = [
    { json: { email: 'a@x' } },
    { json: { email: 'b@x', fail: 'nope' } },
    { json: { email: 'c@x' } },
  ];

  it('fails the run on an item error with onError stop, naming node and item', async () => {
    const result = await createRuntime(deps()).run(sendFlow('stop'), { triggerItems: items });
    expect(result.status).toBe('failed');
    expect(result.error).toMatchObject({ message: 'send, item 1: bad address nope', nodeId: 'send' });
    expect(result.steps[1].error?.itemIndex).toBe(1);
  });

  it('passes failed items on with an error field with onError continue', async () => {
    const result = await createRuntime(deps()).run(sendFlow('continue'), { triggerItems: items });
    expect(result.status).toBe('success');
    expect(result.outputs.send.main.map((i) => i.json.error ?? i.json.sentTo)).toEqual([
      'a@x',
      'bad address nope',
      'c@x',
    ]);
  });

  it('routes failed items to the error port with onError route', async () => {
    const result = await createRuntime(deps()).run(sendFlow('route'), { triggerItems: items });
    expect(result.outputs.send.main.map((i) => i.json.sentTo)).toEqual(['a@x', 'c@x']);
    expect(result.outputs.send.error.map((i) => i.json.email)).toEqual(['b@x']);
    expect(result.outputs.send.error[0].pairedItem).toEqual({ item: 1 });
  });

  it('retries transient failures with backoff, honouring Retry-After', async () => {
    const wf = sendFlow('stop', { retry: { maxAttempts: 3, delayMs: 1, backoff: 'exponential' } });
    const result = await createRuntime(deps()).run(wf, {
      triggerItems: [{ json: { email: 'a@x', fail: 'transient' } }],
    });
    expect(result.status).toBe('success');
    expect(result.steps[1].retries).toBe(2);
    expect(calls['try:0']).toHaveLength(3);
  });

  it('gives up after maxAttempts', async () => {
    const wf = sendFlow('stop', { retry: { maxAttempts: 2, delayMs: 1, backoff: 'fixed' } });
    const result = await createRuntime(deps()).run(wf, {
      triggerItems: [{ json: { email: 'a@x', fail: 'transient' } }],
    });
    expect(result.status).toBe('failed');
    expect(result.steps[1].retries).toBe(1);
  });

  it('stops a run that outlives its timeout', async () => {
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['slow', 't.sleep', { ms: 5000 }],
      ],
      ['trig -> slow'],
      {
        settings: { timezone: 'UTC', errorWorkflowId: null, timeoutMs: 50 },
      },
    );
    const result = await createRuntime(deps()).run(wf);
    expect(result.status).toBe('failed');
    expect(result.error?.message).toBe('the run took longer than its timeout of 50 ms and was stopped');
  });

  it('cancels through an abort signal', async () => {
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['slow', 't.sleep', { ms: 5000 }],
      ],
      ['trig -> slow'],
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stopped by user')), 20);
    const result = await createRuntime(deps()).run(wf, { signal: controller.signal });
    expect(result.status).toBe('cancelled');
  });

  it('reports an expression error for the item it concerns', async () => {
    const wf = buildWorkflow(
      [
        ['trig', 't.trigger'],
        ['a', 't.set', { field: 'x', value: '{{ $nope }}' }],
      ],
      ['trig -> a'],
    );
    const result = await createRuntime(deps()).run(wf);
    expect(result.status).toBe('failed');
    expect(result.error?.message).toBe('a › value, item 0: unsupported $nope');
  });
});
