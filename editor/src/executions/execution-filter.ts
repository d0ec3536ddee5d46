import type { ExecutionQuery } from '../api/api';
import type { ExecutionSummary } from '../api/records.types';

/**
 * The filters of an executions list as the form holds them: status, a time range from
 * `<input type="datetime-local">` (local time, no zone) and the trigger mode. Status and time go
 * to the server; the API has no trigger filter, so the mode filters the page that came back.
 */
export interface ExecutionFilter {
  workflowId?: string;
  status: string;
  /** `YYYY-MM-DDTHH:mm` in the browser's time zone, or empty. */
  from: string;
  to: string;
  mode: string;
}

export const NO_FILTER: ExecutionFilter = { status: '', from: '', to: '', mode: '' };

/** The trigger modes a run can have (the engine's RunInfo mode), in the order offered. */
export const RUN_MODES = ['manual', 'webhook', 'test', 'schedule', 'poll', 'trigger', 'retry', 'subworkflow'];

/** A `datetime-local` value as the ISO time the server takes (`2024-05-01T08:00:00.000Z`). */
export function isoOfLocal(value: string): string | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** What is wrong with the time range, in words, or null. */
export function rangeProblem(filter: ExecutionFilter): string | null {
  if (filter.from && !isoOfLocal(filter.from)) return '"From" is not a date and time';
  if (filter.to && !isoOfLocal(filter.to)) return '"To" is not a date and time';
  const from = isoOfLocal(filter.from);
  const to = isoOfLocal(filter.to);
  if (from && to && from >= to) return '"From" must be before "To"';
  return null;
}

/**
 * The server query of a filter (no cursor, no mode).
 *
 * @example
 * queryOf({ status: 'failed', from: '', to: '', mode: '' }, 25); // { status: 'failed', limit: 25 }
 */
export function queryOf(filter: ExecutionFilter, limit: number): ExecutionQuery {
  const query: ExecutionQuery = { limit };
  if (filter.workflowId) query.workflowId = filter.workflowId;
  if (filter.status) query.status = filter.status;
  const from = isoOfLocal(filter.from);
  const to = isoOfLocal(filter.to);
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

/** The runs of a page that match the trigger mode (all when no mode is chosen). */
export function byMode(items: ExecutionSummary[], mode: string): ExecutionSummary[] {
  return mode ? items.filter((e) => e.mode === mode) : items;
}
