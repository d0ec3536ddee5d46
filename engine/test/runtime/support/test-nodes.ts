import { defineNode, defineTrigger, NodeError, NodeRegistry, Prop, type Item } from '@ainow/engine/sdk';

/** Small nodes that exercise the runtime without the node library. */
export const calls: Record<string, number[]> = {};
export function resetCalls(): void {
  for (const key of Object.keys(calls)) delete calls[key];
}
const record = (name: string, i: number) => (calls[name] ??= []).push(i);

export const trigger = defineTrigger({
  type: 't.trigger',
  version: 1,
  displayName: 'Trigger',
  description: '',
  category: 'Triggers',
  trigger: { kind: 'manual' },
  effect: 'read',
  props: {},
  async run(ctx) {
    return ctx.items;
  },
});

/** Adds `props.field = props.value` to each item. */
export const setField = defineNode({
  type: 't.set',
  version: 1,
  displayName: 'Set',
  description: '',
  category: 'Data',
  effect: 'read',
  props: { field: Prop.text({ label: 'Field', required: true }), value: Prop.json({ label: 'Value' }) },
  async run(ctx) {
    return ctx.items.map((item, i) => ({
      json: { ...item.json, [ctx.propsFor(i).field]: ctx.propsFor(i).value },
      pairedItem: { item: i },
    }));
  },
});

/** Splits items on `json[field]` truthiness. */
export const branch = defineNode({
  type: 't.if',
  version: 1,
  displayName: 'If',
  description: '',
  category: 'Flow',
  effect: 'read',
  props: { field: Prop.text({ label: 'Field', required: true }) },
  outputs: ['true', 'false'],
  async run(ctx) {
    const out: { true: Item[]; false: Item[] } = { true: [], false: [] };
    ctx.items.forEach((item, i) =>
      out[item.json[ctx.props.field] ? 'true' : 'false'].push({ ...item, pairedItem: { item: i } }),
    );
    return out;
  },
});

export const merge = defineNode({
  type: 't.merge',
  version: 1,
  displayName: 'Merge',
  description: '',
  category: 'Flow',
  effect: 'read',
  props: {},
  inputs: ['a', 'b'],
  async run(ctx) {
    return [
      ...(ctx.inputs.a ?? []).map((item, i) => ({ json: item.json, pairedItem: { item: i, input: 'a' } })),
      ...(ctx.inputs.b ?? []).map((item, i) => ({ json: item.json, pairedItem: { item: i, input: 'b' } })),
    ];
  },
});

/** A per-item "send": records each call; fails items whose json.fail is set. */
export const send = defineNode({
  type: 't.send',
  version: 1,
  displayName: 'Send',
  description: '',
  category: 'Email & SMS',
  effect: 'send',
  props: { to: Prop.text({ label: 'To' }) },
  concurrency: 1,
  async runItem(ctx, item) {
    if (item.json.fail === 'transient') {
      const tries = (calls[`try:${ctx.itemIndex}`] ??= []);
      tries.push(1);
      if (tries.length < 3) throw new NodeError('vendor busy', { retryable: true, retryAfterMs: 5 });
    } else if (item.json.fail) throw new NodeError(`bad address ${String(item.json.fail)}`);
    if (item.json.crash) {
      const abort = item.json.crash as () => void;
      abort();
      await new Promise((r) => setTimeout(r, 20));
    }
    record(ctx.node.name, ctx.itemIndex);
    return { json: { ...item.json, sentTo: ctx.props.to, key: ctx.idempotencyKey } };
  },
});

export const sleepNode = defineNode({
  type: 't.sleep',
  version: 1,
  displayName: 'Sleep',
  description: '',
  category: 'Utility',
  effect: 'read',
  props: { ms: Prop.number({ label: 'ms', default: 10 }) },
  async run(ctx) {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(resolve, ctx.props.ms);
      ctx.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(ctx.signal.reason);
      });
    });
    record(ctx.node.name, 0);
    return ctx.items;
  },
});

export const wait = defineNode({
  type: 't.wait',
  version: 1,
  displayName: 'Wait',
  description: '',
  category: 'Flow',
  effect: 'read',
  props: { ms: Prop.number({ label: 'ms', default: 0 }) },
  async run(ctx) {
    await ctx.wait({ until: Date.now() + ctx.props.ms });
    return ctx.items;
  },
});

export const loop = defineNode({
  type: 't.loop',
  version: 1,
  displayName: 'Loop',
  description: '',
  category: 'Flow',
  effect: 'read',
  props: { batchSize: Prop.number({ label: 'Batch', default: 1 }) },
  outputs: ['loop', 'done'],
  loop: { port: 'loop' },
  async run(ctx) {
    const state = ctx.runState as Map<string, Item[]>;
    if (!state.has('remaining')) {
      state.set('remaining', [...ctx.items]);
      state.set('processed', []);
    } else state.get('processed')!.push(...ctx.items);
    const remaining = state.get('remaining')!;
    if (remaining.length === 0) {
      const done = state.get('processed')!;
      state.clear();
      return { loop: [], done };
    }
    return { loop: remaining.splice(0, ctx.props.batchSize), done: [] };
  },
});

export const subWorkflow = defineNode({
  type: 't.sub',
  version: 1,
  displayName: 'Sub',
  description: '',
  category: 'Flow',
  effect: 'read',
  props: { workflowId: Prop.text({ label: 'Workflow' }) },
  async run(ctx) {
    return ctx.executeWorkflow({ workflowId: ctx.props.workflowId }, ctx.items);
  },
});

/** Reports 10 tokens and $0.5 per item. */
export const metered = defineNode({
  type: 't.metered',
  version: 1,
  displayName: 'Metered',
  description: '',
  category: 'AI',
  effect: 'read',
  props: {},
  async runItem(ctx, item) {
    ctx.reportUsage({ tokens: 10, costUsd: 0.5 });
    return item;
  },
});

/** A webhook trigger that declares only how a request becomes items (no run). */
export const hook = defineTrigger({
  type: 't.hook',
  version: 1,
  displayName: 'Hook',
  description: '',
  category: 'Triggers',
  trigger: { kind: 'webhook' },
  effect: 'read',
  props: {},
  webhook: { toItems: (request) => [{ json: { body: request.body } }] },
});

/** Needs an `acme` credential; reports the base URL it got. */
export const needsCredential = defineNode({
  type: 't.cred',
  version: 1,
  displayName: 'Cred',
  description: '',
  category: 'CRM',
  effect: 'read',
  props: {},
  credential: { type: 'acme' },
  async runItem(ctx, item) {
    return { json: { ...item.json, credentialId: ctx.credential?.id ?? null } };
  },
});

/** May use an `acme` credential. */
export const optionalCredential = defineNode({
  ...needsCredential,
  type: 't.optionalCred',
  credential: { type: 'acme', required: false },
});

export function testRegistry(): NodeRegistry {
  const registry = new NodeRegistry();
  for (const node of [
    trigger,
    setField,
    branch,
    merge,
    send,
    sleepNode,
    wait,
    loop,
    subWorkflow,
    metered,
    hook,
    needsCredential,
    optionalCredential,
  ])
    registry.add(node);
  return registry;
}
