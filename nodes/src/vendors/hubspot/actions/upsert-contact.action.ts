import { defineNode, NodeError } from '@ainow/engine/sdk';
import {
  contactItem,
  HUBSPOT_RATE_LIMIT,
  hubSpotCall,
  loadPropertyOptions,
  type HubSpotObject,
} from '../client';
import { contactFields, contactProperties, contactSample } from '../contact-fields';

/**
 * HubSpot upsert contact by email (`POST /crm/v3/objects/contacts/batch/upsert` with
 * `idProperty: email`): updates the contact with that email or creates it. A retried run never
 * creates a duplicate. Outputs the contact with `isNew`.
 *
 * @example
 * { "type": "hubspot.upsertContact", "parameters": { "email": "{{ $json.email }}", "lifecycleStage": "lead" } }
 */
export const upsertContact = defineNode({
  type: 'hubspot.upsertContact',
  version: 1,
  displayName: 'HubSpot: upsert contact',
  description: 'Creates or updates a HubSpot contact by email',
  category: 'CRM',
  icon: 'hubspot',
  docsUrl: 'https://developers.hubspot.com/docs/api/crm/contacts',
  credential: { type: 'hubspot', required: true },
  effect: 'write',
  idempotent: true,
  rateLimit: HUBSPOT_RATE_LIMIT,
  props: { ...contactFields, email: { ...contactFields.email, required: true as const } },
  outputSample: { ...contactSample, isNew: true },
  loadOptions: { contactProperties: (ctx) => loadPropertyOptions(ctx, 'contacts') },
  async runItem(ctx) {
    const properties = contactProperties(ctx.props);
    const email = properties.email;
    if (!email)
      throw new NodeError('HubSpot: upsert contact › Email is empty; upserts match contacts by email', {
        code: 'invalid_request',
      });
    const answer = await hubSpotCall<{ results: HubSpotObject[]; errors?: Array<{ message?: string }> }>(
      ctx.http,
      {
        method: 'POST',
        url: '/crm/v3/objects/contacts/batch/upsert',
        body: { inputs: [{ idProperty: 'email', id: email, properties }] },
      },
    );
    if (!answer.results?.[0]) {
      throw new NodeError(
        `HubSpot did not upsert ${email}: ${answer.errors?.[0]?.message ?? 'no result returned'}`,
        { code: 'invalid_request' },
      );
    }
    return { json: contactItem(answer.results[0]) };
  },
});
