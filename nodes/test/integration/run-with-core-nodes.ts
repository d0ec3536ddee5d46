import {
  createEngineDefaults,
  createRuntime,
  type RunOptions,
  type RunResult,
  type RuntimeDeps,
} from '@ainow/engine/runtime';
import { workflowSchema, type Workflow } from '@ainow/engine/workflow';
import { createBuiltInRegistry } from '@ainow/nodes';

type NodeSpec = [id: string, type: string, parameters?: Record<string, unknown>];

/** A workflow from `[id, type, params]` nodes (names = ids) and `'a:port -> b:port'` edges. */
export function flow(nodes: NodeSpec[], edges: string[]): Workflow {
  return workflowSchema.parse({
    schemaVersion: 1,
    name: 'integration',
    nodes: nodes.map(([id, type, parameters = {}], i) => ({
      id,
      name: id,
      type,
      version: 1,
      position: { x: i * 100, y: 0 },
      parameters,
    })),
    connections: edges.map((edge) => {
      const [from, to] = edge.split('->').map((s) => s.trim());
      const [fn, fp = 'main'] = from.split(':');
      const [tn, tp = 'main'] = to.split(':');
      return { from: { node: fn, port: fp }, to: { node: tn, port: tp } };
    }),
  });
}

const defaults = createEngineDefaults();
afterAll(() => defaults.dispose());

/** Runs with the real node library, expressions, Code sandbox and templates. */
export function runFlow(
  workflow: Workflow,
  options: RunOptions = {},
  deps: Partial<RuntimeDeps> = {},
): Promise<RunResult> {
  return createRuntime({ registry: createBuiltInRegistry(), ...defaults, ...deps }).run(workflow, options);
}

export const json = (result: RunResult, node: string, port = 'main') =>
  (result.outputs[node]?.[port] ?? []).map((i) => i.json);
