import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { throwZeroBounceError, ZEROBOUNCE_VALIDATE_RATE_LIMIT, zeroBounceCall } from '../client';

/**
 * ZeroBounce single validation (`GET /v2/validate`): outputs `status` (`valid`, `invalid`,
 * `catch-all`, `unknown`, `spamtrap`, `abuse`, `do_not_mail`), `sub_status` and what ZeroBounce
 * knows about the address. One credit per address (sandbox addresses are free).
 *
 * @example
 * { "type": "zerobounce.validateEmail", "parameters": { "email": "{{ $json.email }}" } }
 */
export const validateEmail = defineNode({
  type: 'zerobounce.validateEmail',
  version: 1,
  displayName: 'ZeroBounce: validate email',
  description: 'Checks whether an email address is safe to send to',
  category: 'Leads',
  icon: 'zerobounce',
  docsUrl: 'https://www.zerobounce.net/docs/email-validation-api-quickstart/v2-validate-emails',
  credential: { type: 'zerobounce', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: ZEROBOUNCE_VALIDATE_RATE_LIMIT,
  props: {
    email: Prop.text({ label: 'Email', required: true }),
    ipAddress: Prop.text({ label: 'IP address', help: 'Where the address was signed up from (optional)' }),
    timeoutSeconds: Prop.number({ label: 'Timeout (seconds)', min: 3, max: 60 }),
  },
  outputSample: {
    address: 'valid@example.com',
    status: 'valid',
    sub_status: '',
    free_email: false,
    did_you_mean: null,
    domain: 'example.com',
    mx_found: 'true',
    firstname: 'zero',
    lastname: 'bounce',
    processed_at: '2023-04-27 13:47:23.980',
  },
  async runItem(ctx) {
    const email = String(ctx.props.email ?? '').trim();
    if (!email)
      throw new NodeError('ZeroBounce: validate email › Email is empty', { code: 'invalid_request' });
    const answer = await zeroBounceCall<Record<string, unknown>>(ctx.http, {
      method: 'GET',
      url: '/v2/validate',
      query: {
        email,
        ip_address: ctx.props.ipAddress ?? '',
        ...(ctx.props.timeoutSeconds ? { timeout: ctx.props.timeoutSeconds } : {}),
      },
    });
    if (typeof answer.error === 'string') return throwZeroBounceError(ctx.http, answer.error);
    return { json: answer };
  },
});
