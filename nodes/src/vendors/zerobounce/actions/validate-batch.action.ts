import { defineNode, Prop, type Item } from '@ainow/engine/sdk';
import { chunk } from '../../shared';
import { throwZeroBounceError, ZEROBOUNCE_BATCH_RATE_LIMIT, zeroBounceCall } from '../client';

/**
 * ZeroBounce batch validation (`POST /v2/validatebatch`): validates all items' emails, 100 per
 * request, and outputs one item per input item (in order) with the validate fields, or `error`
 * when ZeroBounce could not validate that address.
 *
 * @example
 * { "type": "zerobounce.validateBatch", "parameters": { "email": "{{ $json.email }}" } }
 */
interface BatchAnswer {
  email_batch?: Array<Record<string, unknown> & { address?: string }>;
  errors?: Array<{ error?: string; email_address?: string }>;
  error?: string;
}

export const validateBatch = defineNode({
  type: 'zerobounce.validateBatch',
  version: 1,
  displayName: 'ZeroBounce: validate batch',
  description: 'Validates all items’ emails, 100 per request',
  category: 'Leads',
  icon: 'zerobounce',
  docsUrl: 'https://www.zerobounce.net/docs/email-validation-api-quickstart/v2-batch-validate-emails',
  credential: { type: 'zerobounce', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: ZEROBOUNCE_BATCH_RATE_LIMIT,
  props: {
    email: Prop.text({ label: 'Email', required: true, placeholder: '{{ $json.email }}' }),
    ipAddress: Prop.text({ label: 'IP address' }),
  },
  outputSample: {
    address: 'valid@example.com',
    status: 'valid',
    sub_status: '',
    free_email: false,
    mx_found: 'true',
  },
  async run(ctx) {
    const rows = ctx.items.map((_, i) => ({
      index: i,
      email: String(ctx.propsFor(i).email ?? '').trim(),
      ip: ctx.propsFor(i).ipAddress ?? '',
    }));
    const out: Item[] = rows.map((row) => ({
      json: { address: row.email, error: 'This item has no email' },
      pairedItem: { item: row.index },
    }));
    for (const batch of chunk(
      rows.filter((r) => r.email),
      100,
    )) {
      const answer = await zeroBounceCall<BatchAnswer>(
        ctx.http,
        {
          method: 'POST',
          url: '/v2/validatebatch',
          body: { email_batch: batch.map((r) => ({ email_address: r.email, ip_address: r.ip })) },
        },
        600_000,
      );
      const whole = answer.error ?? answer.errors?.find((e) => e.email_address === 'all')?.error;
      if (whole) await throwZeroBounceError(ctx.http, whole);
      const waiting = new Map<string, number[]>();
      for (const row of batch)
        waiting.set(row.email.toLowerCase(), [...(waiting.get(row.email.toLowerCase()) ?? []), row.index]);
      const take = (address: unknown) => waiting.get(String(address ?? '').toLowerCase())?.shift();
      for (const result of answer.email_batch ?? []) {
        const index = take(result.address);
        if (index !== undefined) out[index] = { json: result, pairedItem: { item: index } };
      }
      for (const problem of answer.errors ?? []) {
        const index = take(problem.email_address);
        if (index !== undefined)
          out[index] = {
            json: { address: problem.email_address, error: problem.error ?? 'not validated' },
            pairedItem: { item: index },
          };
      }
      for (const [, left] of waiting) {
        for (const index of left)
          out[index] = {
            json: { address: rows[index].email, error: 'ZeroBounce returned no result for this address' },
            pairedItem: { item: index },
          };
      }
    }
    return out;
  },
});
