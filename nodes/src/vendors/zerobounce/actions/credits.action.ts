import { defineNode } from '@ainow/engine/sdk';
import { vendorFailure } from '../../shared';
import { zeroBounceCredits } from '../client';

/**
 * ZeroBounce credits (`GET /v2/getcredits`): outputs `{ credits }` as a number.
 *
 * @example
 * { "type": "zerobounce.credits", "parameters": {} }
 */
export const credits = defineNode({
  type: 'zerobounce.credits',
  version: 1,
  displayName: 'ZeroBounce: credits',
  description: 'Reads the credits left on the ZeroBounce account',
  category: 'Leads',
  icon: 'zerobounce',
  credential: { type: 'zerobounce', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: { requests: 80_000, perMs: 3_600_000 },
  props: {},
  outputSample: { credits: 2375323 },
  async runItem(ctx) {
    const left = await zeroBounceCredits(ctx.http);
    if (left < 0)
      throw vendorFailure(
        'auth_failed',
        'ZeroBounce rejected the API key (getcredits returned -1). Check the credential.',
      );
    return { json: { credits: left } };
  },
});
