import type { StepRecord } from '@ainow/engine/runtime';
import type { Item, Workflow } from '@ainow/engine/workflow';

/**
 * The document `ainow run` prints (DESIGN.md section 9), built from a run's stored steps; also the
 * answer of `POST /workflows/:id/run?wait=true`.
 *
 * @example
 * runDocument(execution.id, 'success', steps, workflow, null);
 */
export interface RunDocument {
  runId: string;
  status: string;
  steps: Array<{
    nodeId: string;
    name: string;
    status: string;
    itemsIn: number;
    itemsOut: Record<string, number>;
    durationMs: number;
  }>;
  outputs: Record<string, Record<string, Item[]>>;
  error: { message: string; nodeId?: string } | null;
  waitUntil?: string;
}

export function runDocument(
  runId: string,
  status: string,
  steps: StepRecord[],
  workflow: Workflow,
  error: { message: string; nodeId?: string } | null,
  waitUntil?: string | null,
): RunDocument {
  const hasOutgoing = new Set(workflow.connections.map((c) => c.from.node));
  const outputs: RunDocument['outputs'] = {};
  for (const step of steps) {
    if (step.status === 'success' && !hasOutgoing.has(step.nodeId)) outputs[step.nodeId] = step.output;
  }
  const doc: RunDocument = {
    runId,
    status,
    steps: steps.map((s) => ({
      nodeId: s.nodeId,
      name: s.nodeName,
      status: s.status,
      itemsIn: s.itemsIn,
      itemsOut: s.itemsOut,
      durationMs: s.durationMs,
    })),
    outputs,
    error: error ? { message: error.message, ...(error.nodeId ? { nodeId: error.nodeId } : {}) } : null,
  };
  if (waitUntil) doc.waitUntil = waitUntil;
  return doc;
}
