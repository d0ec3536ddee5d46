import { defineNode, type Item } from '@ainow/engine/sdk';
import { chunk } from '../../shared';
import { contactItem } from '../client';
import { contactNodeBase, contactProperties, contactSample, upsertContactFields } from '../contact-fields';
import { upsertContactsByEmail } from '../contact-upsert';

/**
 * HubSpot batch upsert by email (`POST /crm/v3/objects/contacts/batch/upsert`, 100 per request):
 * creates or updates every item's contact; idempotent, so a retried run never duplicates.
 * Items with the same email in one batch are merged (later items win). A 207 answer keeps the
 * good rows; the failed ones come out with `error`.
 *
 * @example
 * { "type": "hubspot.batchUpsertContacts", "parameters": { "email": "{{ $json.email }}", "firstName": "{{ $json.first_name }}" } }
 */
export const batchUpsertContacts = defineNode({
  ...contactNodeBase,
  type: 'hubspot.batchUpsertContacts',
  version: 1,
  displayName: 'HubSpot: batch upsert contacts',
  description: 'Creates or updates all items’ contacts by email, 100 per request',
  effect: 'write',
  idempotent: true,
  props: upsertContactFields,
  outputSample: { ...contactSample, isNew: false },
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
      const answer = await upsertContactsByEmail(
        ctx.http,
        batch.map(([email, entry]) => [email, entry.properties]),
      );
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
