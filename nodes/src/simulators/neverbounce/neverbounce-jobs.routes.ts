import type { FakeLead } from '../kit';
import { boolParam, intParam } from '../shared';
import { failure, nbTime, spendCredits, success, type NeverBounceAccount } from './neverbounce-account';
import { verdictFor, type NeverBounceVerdict } from './neverbounce-verdict';

/**
 * NeverBounce bulk jobs (vendor-contracts.md 5.2): `jobs/create` with supplied rows, then
 * `jobs/parse`, `jobs/start`, `jobs/status` (the job moves on by one step per status poll and
 * completes after `pollsToComplete`), `jobs/results` (paged) and `jobs/delete`.
 */
interface Job {
  id: number;
  filename: string;
  rows: Array<{ data: Record<string, unknown>; email: string; verdict?: NeverBounceVerdict }>;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  state: 'waiting' | 'waiting_analyzed' | 'queued' | 'running' | 'complete' | 'failed';
  polls: number;
  failureReason: string | null;
}

export interface NeverBounceJobs {
  handle(path: string, params: Record<string, unknown>, started: number): Record<string, unknown>;
  counts(): Record<string, number>;
}

function toRow(row: unknown): { data: Record<string, unknown>; email: string } {
  if (typeof row === 'string') return { data: { email: row }, email: row };
  if (Array.isArray(row)) return { data: { email: String(row[0] ?? '') }, email: String(row[0] ?? '') };
  const data = (row ?? {}) as Record<string, unknown>;
  return { data, email: String(data.email ?? '') };
}

export function createNeverBounceJobs(
  account: NeverBounceAccount,
  leads: FakeLead[],
  pollsToComplete: number,
): NeverBounceJobs {
  const jobs = new Map<number, Job>();
  let nextId = 289022;

  const start = (job: Job) => {
    job.startedAt = nbTime();
    if (!spendCredits(account, job.rows.length)) {
      job.state = 'failed';
      job.failureReason = 'Insufficient credits to verify this list';
      return;
    }
    job.state = 'queued';
  };

  const totals = (job: Job) => {
    const done = job.state === 'complete' ? job.rows : [];
    const count = (result: string) => done.filter((r) => r.verdict?.result === result).length;
    const seen = new Set<string>();
    const duplicates = job.rows.filter((r) => (seen.has(r.email) ? true : (seen.add(r.email), false))).length;
    return {
      records: job.rows.length,
      billable: job.rows.length,
      processed: done.length,
      valid: count('valid'),
      invalid: count('invalid'),
      catchall: count('catchall'),
      disposable: count('disposable'),
      unknown: count('unknown'),
      duplicates,
      bad_syntax: done.filter((r) => r.verdict?.flags.includes('bad_syntax')).length,
    };
  };

  const routes: Record<
    string,
    (p: Record<string, unknown>, t: number, job?: Job) => Record<string, unknown>
  > = {
    create(p, t) {
      if (p.input_location !== 'supplied' && p.input_location !== 'remote_url') {
        return failure(
          'general_failure',
          "Missing required parameter 'input_location' (supplied or remote_url)",
          t,
        );
      }
      if (p.input_location === 'remote_url') {
        return failure(
          'general_failure',
          'The simulator cannot download remote_url input; send input_location=supplied',
          t,
        );
      }
      if (!Array.isArray(p.input) || p.input.length === 0) {
        return failure('general_failure', "Missing required parameter 'input' (an array of rows)", t);
      }
      const job: Job = {
        id: nextId++,
        filename: typeof p.filename === 'string' ? p.filename : `job-${nextId - 1}.csv`,
        rows: p.input.map(toRow),
        createdAt: nbTime(),
        startedAt: null,
        finishedAt: null,
        state: 'waiting',
        polls: 0,
        failureReason: null,
      };
      jobs.set(job.id, job);
      if (boolParam(p.auto_parse)) job.state = 'waiting_analyzed';
      if (boolParam(p.auto_parse) && boolParam(p.auto_start)) start(job);
      return success({ job_id: job.id }, t);
    },
    parse(_p, t, job) {
      if (job!.state === 'waiting') job!.state = 'waiting_analyzed';
      return success({ queue_id: `sim-${job!.id}` }, t);
    },
    start(_p, t, job) {
      if (job!.state !== 'waiting_analyzed')
        return failure('general_failure', `Job ${job!.id} is ${job!.state}; parse it before starting`, t);
      start(job!);
      return success({ queue_id: `sim-${job!.id}` }, t);
    },
    status(_p, t, job) {
      const j = job!;
      if (j.state === 'queued' || j.state === 'running') {
        j.polls += 1;
        j.state = j.polls >= pollsToComplete ? 'complete' : 'running';
        if (j.state === 'complete') {
          j.finishedAt = nbTime();
          for (const row of j.rows) row.verdict = verdictFor(row.email, leads);
        }
      }
      const percent =
        j.state === 'complete'
          ? 100
          : j.state === 'running'
            ? Math.floor((100 * j.polls) / pollsToComplete)
            : 0;
      const total = totals(j);
      return success(
        {
          id: j.id,
          filename: j.filename,
          created_at: j.createdAt,
          started_at: j.startedAt,
          finished_at: j.finishedAt,
          total,
          bounce_estimate: total.processed ? (total.invalid / total.processed) * 100 : 0,
          percent_complete: percent,
          job_status: j.state,
          failure_reason: j.failureReason,
        },
        t,
      );
    },
    results(p, t, job) {
      const j = job!;
      if (j.state !== 'complete')
        return failure('general_failure', `Job ${j.id} is not complete (${j.state})`, t);
      const page = Math.max(1, intParam(p.page, 1));
      const perPage = Math.min(1000, Math.max(1, intParam(p.items_per_page, 10)));
      const slice = j.rows.slice((page - 1) * perPage, page * perPage);
      return success(
        {
          total_results: j.rows.length,
          total_pages: Math.ceil(j.rows.length / perPage),
          query: {
            job_id: j.id,
            valids: 1,
            invalids: 1,
            disposables: 1,
            catchalls: 1,
            unknowns: 1,
            page,
            items_per_page: perPage,
          },
          results: slice.map((row) => ({ data: row.data, verification: row.verdict })),
        },
        t,
      );
    },
    delete(_p, t, job) {
      jobs.delete(job!.id);
      return success({}, t);
    },
  };

  return {
    handle(path, params, t) {
      const route = routes[path];
      if (!route) return failure('general_failure', `Unknown jobs endpoint '${path}'`, t);
      if (path === 'create') return route(params, t);
      const job = jobs.get(intParam(params.job_id, -1));
      if (!job)
        return failure(
          'general_failure',
          `Job ${String(params.job_id ?? '(missing job_id)')} was not found`,
          t,
        );
      return route(params, t, job);
    },
    counts() {
      const all = [...jobs.values()];
      return {
        completed: all.filter((j) => j.state === 'complete').length,
        under_review: 0,
        queued: all.filter((j) => j.state === 'queued').length,
        processing: all.filter((j) => j.state === 'running').length,
      };
    },
  };
}
