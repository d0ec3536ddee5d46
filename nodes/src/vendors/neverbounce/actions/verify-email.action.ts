import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { NEVERBOUNCE_RATE_LIMIT, neverBounceCall, type NeverBounceAnswer } from '../client';

/**
 * NeverBounce single check (`/v4.2/single/check`): verifies one address per item and outputs
 * `result` (`valid`, `invalid`, `disposable`, `catchall`, `unknown`), `flags` and any suggested
 * correction. One credit per check.
 *
 * @example
 * { "type": "neverbounce.verifyEmail", "parameters": { "email": "{{ $json.body.email }}" } }
 */
interface SingleCheck extends NeverBounceAnswer {
  result: string;
  flags?: string[];
  suggested_correction?: string;
  address_info?: Record<string, string>;
  credits_info?: Record<string, number>;
}

export const verifyEmail = defineNode({
  type: 'neverbounce.verifyEmail',
  version: 1,
  displayName: 'NeverBounce: verify email',
  description: 'Checks whether an email address can receive mail',
  category: 'Leads',
  icon: 'neverbounce',
  docsUrl: 'https://developers.neverbounce.com/reference/single-check',
  credential: { type: 'neverbounce', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: NEVERBOUNCE_RATE_LIMIT,
  props: {
    email: Prop.text({ label: 'Email', required: true, placeholder: 'ada@example.com' }),
    addressInfo: Prop.boolean({ label: 'Include address parts', default: false }),
    timeoutSeconds: Prop.number({
      label: 'Timeout (seconds)',
      help: 'How long NeverBounce may spend; unknown after that',
      min: 1,
      max: 60,
    }),
  },
  outputSample: {
    email: 'ada@example.com',
    result: 'valid',
    flags: ['has_dns', 'has_dns_mx', 'smtp_connectable'],
    suggested_correction: '',
    execution_time: 285,
  },
  async runItem(ctx) {
    const email = String(ctx.props.email ?? '').trim();
    if (!email)
      throw new NodeError('NeverBounce: verify email › Email is empty', { code: 'invalid_request' });
    const { status: _status, ...check } = await neverBounceCall<SingleCheck>(ctx.http, {
      url: '/v4.2/single/check',
      body: {
        email,
        address_info: ctx.props.addressInfo ?? false,
        ...(ctx.props.timeoutSeconds ? { timeout: ctx.props.timeoutSeconds } : {}),
      },
    });
    return { json: { email, ...check } };
  },
});
