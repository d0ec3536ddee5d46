import type { HttpClient } from '@ainow/engine/sdk';
import { hubSpotCall, type HubSpotObject } from './client';

/**
 * Creates or updates contacts matched by email (`POST /crm/v3/objects/contacts/batch/upsert`
 * with `idProperty: email`, at most 100 a request). HubSpot answers 207 when some rows failed:
 * `results` holds the good ones, `errors` names the failed emails in `context.ids`.
 *
 * @example
 * const answer = await upsertContactsByEmail(ctx.http, [['ada@example.com', { firstname: 'Ada' }]]);
 */
export interface UpsertAnswer {
  results?: HubSpotObject[];
  errors?: Array<{ message?: string; context?: { ids?: string[] } }>;
}

export function upsertContactsByEmail(
  http: HttpClient,
  contacts: Array<[email: string, properties: Record<string, string>]>,
): Promise<UpsertAnswer> {
  return hubSpotCall<UpsertAnswer>(http, {
    method: 'POST',
    url: '/crm/v3/objects/contacts/batch/upsert',
    body: {
      inputs: contacts.map(([email, properties]) => ({ idProperty: 'email', id: email, properties })),
    },
  });
}
