import type { ExecutionRecord, RunStatus, StepRecord } from '../api/records.types';

/** The run shown on the canvas: the live one, or a past execution opened read-only. */
export interface RunState {
  runId?: string;
  status?: RunStatus | 'starting';
  steps: Record<string, StepRecord>;
  error?: { message: string; nodeId?: string } | null;
  startedAt?: string;
}

export const EMPTY_RUN: RunState = { steps: {} };

export function runStateOf(execution: ExecutionRecord): RunState {
  return {
    runId: execution.id,
    status: execution.status,
    steps: Object.fromEntries(execution.steps.map((s) => [s.nodeId, s])),
    error: execution.error ?? null,
    startedAt: execution.startedAt,
  };
}
