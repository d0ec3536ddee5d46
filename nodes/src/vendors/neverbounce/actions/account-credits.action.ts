import { defineNode } from '@ainow/engine/sdk';
import { NEVERBOUNCE_RATE_LIMIT, neverBounceCall, type NeverBounceAnswer } from '../client';

/**
 * NeverBounce account info (`/v4.2/account/info`): credits left and job counts, e.g. to stop a
 * flow before a large list runs out of credits.
 *
 * @example
 * { "type": "neverbounce.accountCredits", "parameters": {} }
 */
interface AccountInfo extends NeverBounceAnswer {
  billing_type?: string;
  credits_info?: Record<string, number>;
  job_counts?: Record<string, number>;
}

export const accountCredits = defineNode({
  type: 'neverbounce.accountCredits',
  version: 1,
  displayName: 'NeverBounce: account credits',
  description: 'Reads the credits left on the NeverBounce account',
  category: 'Leads',
  icon: 'neverbounce',
  credential: { type: 'neverbounce', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: NEVERBOUNCE_RATE_LIMIT,
  props: {},
  outputSample: {
    creditsRemaining: 1999,
    billing_type: 'default',
    credits_info: {
      paid_credits_used: 1,
      free_credits_used: 0,
      paid_credits_remaining: 999,
      free_credits_remaining: 1000,
    },
    job_counts: { completed: 0, under_review: 0, queued: 0, processing: 0 },
  },
  async runItem(ctx) {
    const info = await neverBounceCall<AccountInfo>(ctx.http, { url: '/v4.2/account/info' });
    // The v5 SDK types name this `credits`; the live API says `credits_info`. Read either.
    const credits = info.credits_info ?? (info as { credits?: Record<string, number> }).credits ?? {};
    return {
      json: {
        creditsRemaining: (credits.paid_credits_remaining ?? 0) + (credits.free_credits_remaining ?? 0),
        billing_type: info.billing_type,
        credits_info: credits,
        job_counts: info.job_counts,
      },
    };
  },
});
