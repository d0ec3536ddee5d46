import {
  createEngineDefaults,
  createRuntime,
  type RunOptions,
  type RunResult,
  type RuntimeDeps,
} from '@ainow/engine/runtime';
import type { Workflow } from '@ainow/engine/workflow';
import { buildWorkflow } from '@ainow/engine/testing';
import { createBuiltInRegistry } from '@ainow/nodes';

/** A workflow from `[id, type, params]` nodes (names = ids) and `'a:port -> b:port'` edges. */
export const flow = buildWorkflow;

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
