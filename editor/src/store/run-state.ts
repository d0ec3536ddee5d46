import type { ExecutionRecord, RunStatus, StepRecord } from '../api/records.types';

/** The run shown on the canvas: the live one, or a past execution opened read-only. */
export interface RunState {
  runId?: string;
  status?: RunStatus | 'starting';
  steps: Record<string, StepRecord>;
  error?: { message: string; nodeId?: string } | null;
  startedAt?: string;
  /** Started as a dry run: write and send nodes called nobody. */
  dryRun?: boolean;
  /** Ran against the vendors' local simulators. */
  sandbox?: boolean;
}

export const EMPTY_RUN: RunState = { steps: {} };

/** True while a run can still be stopped: starting (or listening), queued, running or waiting. */
export function isRunLive(run: RunState): boolean {
  return (
    run.status === 'starting' ||
    run.status === 'queued' ||
    run.status === 'running' ||
    run.status === 'waiting'
  );
}

export function runStateOf(execution: ExecutionRecord): RunState {
  return {
    runId: execution.id,
    status: execution.status,
    steps: Object.fromEntries(execution.steps.map((s) => [s.nodeId, s])),
    error: execution.error ?? null,
    startedAt: execution.startedAt,
    ...(execution.dryRun ? { dryRun: true } : {}),
    ...(execution.sandbox ? { sandbox: true } : {}),
  };
}
