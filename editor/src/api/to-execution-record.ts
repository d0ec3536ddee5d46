import type { ExecutionRecord, ExecutionSummary, Item, RunStatus, StepRecord } from './records.types';

type Raw = Record<string, unknown>;

/** `cancelled` (server) and `canceled` read the same. */
function status(value: unknown): RunStatus {
  return (value === 'cancelled' ? 'canceled' : value) as RunStatus;
}

function duration(r: Raw): number | null {
  if (typeof r.durationMs === 'number') return r.durationMs;
  const start = r.startedAt ?? r.createdAt;
  return r.finishedAt && start ? Date.parse(String(r.finishedAt)) - Date.parse(String(start)) : null;
}

/** One run of the list, whatever optional fields the server adds. */
export function toExecutionSummary(raw: unknown): ExecutionSummary {
  const r = (raw ?? {}) as Raw;
  return {
    id: String(r.id),
    workflowId: String(r.workflowId),
    workflowName: r.workflowName as string | undefined,
    workflowVersion: typeof r.workflowVersion === 'number' ? r.workflowVersion : undefined,
    status: status(r.status),
    mode: String(r.mode ?? 'manual'),
    startedAt: String(r.startedAt ?? r.createdAt ?? ''),
    finishedAt: (r.finishedAt as string | null) ?? null,
    durationMs: duration(r),
    // The list says `dryRun`/`sandbox`; a single run keeps them in its `options`.
    ...(flag(r, 'dryRun') ? { dryRun: true } : {}),
    ...(flag(r, 'sandbox') ? { sandbox: true } : {}),
  };
}

function flag(r: Raw, key: 'dryRun' | 'sandbox'): boolean {
  return r[key] === true || (r.options as Raw | undefined)?.[key] === true;
}

/** A step of a run: the server names its output items `items` (by port); input may be absent. */
export function toStepRecord(raw: unknown): StepRecord {
  const r = (raw ?? {}) as Raw;
  const output = (r.output ?? r.items) as Record<string, Item[]> | undefined;
  const input = Array.isArray(r.input) ? (r.input as Item[]) : undefined;
  return {
    nodeId: String(r.nodeId),
    ...(typeof r.index === 'number' ? { index: r.index } : {}),
    name: (r.name ?? r.nodeName) as string | undefined,
    status: stepStatus(r.status),
    itemsIn: r.itemsIn as number | undefined,
    itemsOut: r.itemsOut as Record<string, number> | undefined,
    durationMs: r.durationMs as number | undefined,
    ...(output ? { output } : {}),
    ...(input ? { input } : {}),
    error: (r.error as StepRecord['error']) ?? null,
    ...(r.dryRun === true ? { dryRun: true } : {}),
  };
}

/** The engine's step statuses (`error`, `cancelled`) in the editor's words. */
function stepStatus(value: unknown): StepRecord['status'] {
  if (value === 'error') return 'failed';
  if (value === 'cancelled') return 'canceled';
  return value as StepRecord['status'];
}

export function toExecutionRecord(raw: unknown): ExecutionRecord {
  const r = (raw ?? {}) as Raw;
  return {
    ...toExecutionSummary(raw),
    steps: Array.isArray(r.steps) ? r.steps.map(toStepRecord) : [],
    error: (r.error as ExecutionRecord['error']) ?? null,
    ...(r.workflow ? { workflow: r.workflow as ExecutionRecord['workflow'] } : {}),
  };
}
