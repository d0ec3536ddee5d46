import { defineNode, type Item } from '@ainow/engine/sdk';
import { chunk } from '../../shared';
import {
  contactItem,
  HUBSPOT_RATE_LIMIT,
  hubSpotCall,
  loadPropertyOptions,
  type HubSpotObject,
} from '../client';
import { contactFields, contactProperties, contactSample } from '../contact-fields';

/**
 * HubSpot batch upsert by email (`POST /crm/v3/objects/contacts/batch/upsert`, 100 per request):
 * creates or updates every item's contact; idempotent, so a retried run never duplicates.
 * Items with the same email in one batch are merged (later items win). A 207 answer keeps the
 * good rows; the failed ones come out with `error`.
 *
 * @example
 * { "type": "hubspot.batchUpsertContacts", "parameters": { "email": "{{ $json.email }}", "firstName": "{{ $json.first_name }}" } }
 */
interface UpsertAnswer {
  results?: HubSpotObject[];
  errors?: Array<{ message?: string; context?: { ids?: string[] } }>;
}

export const batchUpsertContacts = defineNode({
  type: 'hubspot.batchUpsertContacts',
  version: 1,
  displayName: 'HubSpot: batch upsert contacts',
  description: 'Creates or updates all items’ contacts by email, 100 per request',
  category: 'CRM',
  icon: 'hubspot',
  docsUrl: 'https://developers.hubspot.com/docs/api/crm/contacts',
  credential: { type: 'hubspot', required: true },
  effect: 'write',
  idempotent: true,
  rateLimit: HUBSPOT_RATE_LIMIT,
  props: { ...contactFields, email: { ...contactFields.email, required: true as const } },
  outputSample: { ...contactSample, isNew: false },
  loadOptions: { contactProperties: (ctx) => loadPropertyOptions(ctx, 'contacts') },
  async run(ctx) {
    const rows = ctx.items.map((_, index) => ({ index, properties: contactProperties(ctx.propsFor(index)) }));
    const out: Item[] = rows.map((r) => ({
      json: { email: '', error: 'This item has no email; upserts match contacts by email' },
      pairedItem: { item: r.index },
    }));
    const byEmail = new Map<string, { indexes: number[]; properties: Record<string, string> }>();
    for (const row of rows) {
      const email = row.properties.email;
      if (!email) continue;
      const entry = byEmail.get(email) ?? { indexes: [], properties: {} };
      entry.indexes.push(row.index);
      Object.assign(entry.properties, row.properties);
      byEmail.set(email, entry);
    }
    for (const batch of chunk([...byEmail.entries()], 100)) {
      const answer = await hubSpotCall<UpsertAnswer>(ctx.http, {
        method: 'POST',
        url: '/crm/v3/objects/contacts/batch/upsert',
        body: {
          inputs: batch.map(([email, entry]) => ({
            idProperty: 'email',
            id: email,
            properties: entry.properties,
          })),
        },
      });
      for (const result of answer.results ?? []) {
        for (const index of byEmail.get(result.properties.email ?? '')?.indexes ?? []) {
          out[index] = { json: contactItem(result), pairedItem: { item: index } };
        }
      }
      for (const problem of answer.errors ?? []) {
        for (const email of problem.context?.ids ?? []) {
          for (const index of byEmail.get(email)?.indexes ?? []) {
            out[index] = {
              json: {
                email,
                error: `HubSpot did not upsert this contact: ${problem.message ?? 'unknown error'}`,
              },
              pairedItem: { item: index },
            };
          }
        }
      }
    }
    return out;
  },
});
