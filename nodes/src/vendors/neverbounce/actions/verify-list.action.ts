import { createHash } from 'node:crypto';
import { defineNode, NodeError, Prop, type Item } from '@ainow/engine/sdk';
import { sleep, vendorFailure } from '../../shared';
import { NEVERBOUNCE_RATE_LIMIT, neverBounceCall, type NeverBounceAnswer } from '../client';

/**
 * NeverBounce bulk verification for a whole batch of items: creates one job
 * (`/v4.2/jobs/create`, auto-parse and auto-start), polls `/v4.2/jobs/status` until it completes
 * (bounded by `maxWaitSeconds`), then reads `/v4.2/jobs/results` page by page and outputs one
 * item per input item with `result` and `flags`. The job id is kept in the node state for the
 * run, so a retried or resumed step polls the same job instead of paying for a second one.
 *
 * @example
 * { "type": "neverbounce.verifyList", "parameters": { "email": "{{ $json.email }}", "maxWaitSeconds": 240 } }
 */
const RESULT_CODES = ['valid', 'invalid', 'disposable', 'catchall', 'unknown'];

interface JobStatus extends NeverBounceAnswer {
  job_status: string;
  percent_complete?: number;
  failure_reason?: string | null;
}

interface JobResults extends NeverBounceAnswer {
  total_pages: number;
  results: Array<{
    data: Record<string, unknown>;
    verification: { result: string | number; flags?: string[]; suggested_correction?: string };
  }>;
}

export const verifyList = defineNode({
  type: 'neverbounce.verifyList',
  version: 1,
  displayName: 'NeverBounce: verify list',
  description: 'Verifies all items’ emails in one NeverBounce bulk job',
  category: 'Leads',
  icon: 'neverbounce',
  docsUrl: 'https://developers.neverbounce.com/reference/jobs-create',
  credential: { type: 'neverbounce', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: NEVERBOUNCE_RATE_LIMIT,
  props: {
    email: Prop.text({ label: 'Email', required: true, placeholder: '{{ $json.email }}' }),
    pollIntervalSeconds: Prop.number({ label: 'Check every (seconds)', default: 5, min: 0 }),
    maxWaitSeconds: Prop.number({
      label: 'Wait at most (seconds)',
      default: 240,
      min: 1,
      help: 'The job keeps running at NeverBounce; a retry picks it up',
    }),
  },
  outputSample: {
    email: 'ada@example.com',
    result: 'valid',
    flags: ['has_dns', 'has_dns_mx'],
    suggested_correction: '',
    jobId: 289022,
  },
  async run(ctx) {
    const emails = ctx.items.map((_, i) => String(ctx.propsFor(i).email ?? '').trim());
    const rows = emails.map((email, i) => ({ email, id: String(i) })).filter((row) => row.email);
    if (rows.length === 0)
      return ctx.items.map((_, i) => ({
        json: { email: '', result: null, error: 'This item has no email' },
        pairedItem: { item: i },
      }));

    const stateKey = `job:${ctx.run.runId}:${createHash('sha1').update(emails.join('\n')).digest('hex')}`;
    let jobId = await ctx.state.get<number>(stateKey);
    if (jobId === undefined) {
      const created = await neverBounceCall<NeverBounceAnswer & { job_id: number }>(ctx.http, {
        url: '/v4.2/jobs/create',
        body: {
          input: rows,
          input_location: 'supplied',
          auto_parse: true,
          auto_start: true,
          filename: `${ctx.node.name}.csv`,
        },
      });
      jobId = created.job_id;
      await ctx.state.set(stateKey, jobId);
    }

    const interval = Math.max(0, ctx.props.pollIntervalSeconds) * 1000;
    const deadline = Date.now() + Math.max(1, ctx.props.maxWaitSeconds) * 1000;
    for (;;) {
      const status = await neverBounceCall<JobStatus>(ctx.http, {
        url: '/v4.2/jobs/status',
        body: { job_id: jobId },
      });
      if (status.job_status === 'complete') break;
      if (status.job_status === 'failed') {
        await ctx.state.delete(stateKey);
        const reason = status.failure_reason ?? 'no reason given';
        throw vendorFailure(
          /credit/i.test(reason) ? 'no_credits' : 'invalid_request',
          `NeverBounce job ${jobId} failed: ${reason}`,
        );
      }
      if (Date.now() + interval > deadline) {
        throw new NodeError(
          `NeverBounce job ${jobId} is still ${status.job_status} (${status.percent_complete ?? 0}%) after ${ctx.props.maxWaitSeconds} s. It keeps running; a retry of this step waits for the same job.`,
          { code: 'timeout', retryable: true, retryAfterMs: Math.max(interval, 1000) },
        );
      }
      await sleep(interval, ctx.signal);
    }

    const byIndex = new Map<number, JobResults['results'][number]['verification']>();
    for (let page = 1, pages = 1; page <= pages; page++) {
      const answer = await neverBounceCall<JobResults>(ctx.http, {
        url: '/v4.2/jobs/results',
        body: { job_id: jobId, page, items_per_page: 1000 },
      });
      pages = answer.total_pages;
      for (const row of answer.results) byIndex.set(Number(row.data.id), row.verification);
    }
    await ctx.state.delete(stateKey);
    return ctx.items.map((_, i): Item => {
      const verification = byIndex.get(i);
      if (!verification)
        return {
          json: {
            email: emails[i],
            result: null,
            error: emails[i] ? 'NeverBounce returned no result for this row' : 'This item has no email',
            jobId,
          },
          pairedItem: { item: i },
        };
      const result =
        typeof verification.result === 'number' ? RESULT_CODES[verification.result] : verification.result;
      return {
        json: {
          email: emails[i],
          result,
          flags: verification.flags ?? [],
          suggested_correction: verification.suggested_correction ?? '',
          jobId,
        },
        pairedItem: { item: i },
      };
    });
  },
});
