import { NodeRegistry, Prop, defineNode, defineTrigger } from '@ainow/engine/sdk';
import type { WorkflowInput } from '@ainow/engine/workflow';

/** Tiny node definitions for workflow tests; they stand for the core nodes without importing them. */
const pass = async () => [];

export const trigger = defineTrigger({
  type: 'test.trigger',
  version: 1,
  displayName: 'Trigger',
  description: 'Starts a run',
  category: 'Triggers',
  trigger: { kind: 'manual' },
  effect: 'read',
  props: {},
});

const verifyProps = { email: Prop.text({ label: 'Email', required: true }) };
export const verifyV1 = defineNode({
  type: 'test.verify',
  version: 1,
  displayName: 'Verify',
  description: 'Checks an email',
  category: 'Leads',
  credential: { type: 'neverbounce' },
  effect: 'read',
  props: verifyProps,
  run: pass,
});
export const verifyV2 = { ...verifyV1, version: 2 };

export const ifNode = defineNode({
  type: 'test.if',
  version: 1,
  displayName: 'If',
  description: 'Routes items',
  category: 'Flow',
  effect: 'read',
  outputs: ['true', 'false'],
  props: { conditions: Prop.conditions({ label: 'Conditions', required: true }) },
  run: pass,
});

export const switchNode = defineNode({
  type: 'test.switch',
  version: 1,
  displayName: 'Switch',
  description: 'Routes by rule',
  category: 'Flow',
  effect: 'read',
  run: pass,
  props: {
    rules: Prop.list({
      label: 'Rules',
      fields: { name: Prop.text({ label: 'Name', required: true }) },
      default: [],
    }),
    fallback: Prop.boolean({ label: 'Fallback', default: true }),
  },
  outputs: (props) => [
    ...((props.rules as Array<{ name: string }>) ?? []).map((rule) => rule.name),
    ...(props.fallback ? ['fallback'] : []),
  ],
});

export const mergeNode = defineNode({
  type: 'test.merge',
  version: 1,
  displayName: 'Merge',
  description: 'Joins inputs',
  category: 'Flow',
  effect: 'read',
  inputs: ['a', 'b'],
  props: {},
  run: pass,
});

export const loopNode = defineNode({
  type: 'test.loop',
  version: 1,
  displayName: 'Loop',
  description: 'Batches',
  category: 'Flow',
  effect: 'read',
  outputs: ['loop', 'done'],
  loop: { port: 'loop' },
  props: {},
  run: pass,
});

export const waitNode = defineNode({
  type: 'test.wait',
  version: 1,
  displayName: 'Wait',
  description: 'Waits',
  category: 'Flow',
  effect: 'read',
  run: pass,
  props: {
    mode: Prop.options({
      label: 'Mode',
      options: [
        { value: 'duration', label: 'Duration' },
        { value: 'until', label: 'Until' },
      ],
      default: 'duration',
    }),
    amount: Prop.number({ label: 'Amount', required: true, showIf: { mode: ['duration'] } }),
    until: Prop.text({ label: 'Until', required: true, showIf: { mode: ['until'] } }),
  },
  validate: (props) =>
    typeof props.amount === 'number' && props.amount < 0 ? ['Amount must not be negative'] : [],
});

export const setNode = defineNode({
  type: 'test.set',
  version: 1,
  displayName: 'Set',
  description: 'Sets fields',
  category: 'Data',
  effect: 'read',
  run: pass,
  props: {
    fields: Prop.list({
      label: 'Fields',
      fields: { name: Prop.text({ label: 'Name', required: true }), value: Prop.json({ label: 'Value' }) },
    }),
  },
});

export const noop = defineNode({
  type: 'test.noop',
  version: 1,
  displayName: 'No-op',
  description: 'Passes items',
  category: 'Utility',
  effect: 'read',
  props: {},
  run: pass,
});

export function fakeRegistry(): NodeRegistry {
  const registry = new NodeRegistry();
  for (const def of [
    trigger,
    verifyV1,
    verifyV2,
    ifNode,
    switchNode,
    mergeNode,
    loopNode,
    waitNode,
    setNode,
    noop,
  ]) {
    registry.add(def);
  }
  return registry;
}

type NodeInput = WorkflowInput['nodes'][number];

/** A node of a fake type, named after its id unless `name` is given. */
export function node(id: string, type: string, extra: Partial<NodeInput> = {}): NodeInput {
  return { id, name: id, type, version: 1, ...extra };
}

/** Connections from a compact list: 'a -> b', 'a:true -> b', 'a -> m:b'. */
export function wires(...lines: string[]): WorkflowInput['connections'] {
  return lines.map((line) => {
    const [from, to] = line.split('->').map((end) => end.trim());
    const [fromNode, fromPort = 'main'] = from.split(':');
    const [toNode, toPort = 'main'] = to.split(':');
    return { from: { node: fromNode, port: fromPort }, to: { node: toNode, port: toPort } };
  });
}

/** A version 1 document with the given nodes and wires. */
export function doc(
  nodes: NodeInput[],
  connections: WorkflowInput['connections'] = [],
  extra: Record<string, unknown> = {},
) {
  return { schemaVersion: 1 as const, name: 'Test', nodes, connections, ...extra };
}
