import { defineNode, NodeError } from '@ainow/engine/sdk';
import { contactItem } from '../client';
import { contactNodeBase, contactProperties, contactSample, upsertContactFields } from '../contact-fields';
import { upsertContactsByEmail } from '../contact-upsert';

/**
 * HubSpot upsert contact by email (`POST /crm/v3/objects/contacts/batch/upsert` with
 * `idProperty: email`): updates the contact with that email or creates it. A retried run never
 * creates a duplicate. Outputs the contact with `isNew`.
 *
 * @example
 * { "type": "hubspot.upsertContact", "parameters": { "email": "{{ $json.email }}", "lifecycleStage": "lead" } }
 */
export const upsertContact = defineNode({
  ...contactNodeBase,
  type: 'hubspot.upsertContact',
  version: 1,
  displayName: 'HubSpot: upsert contact',
  description: 'Creates or updates a HubSpot contact by email',
  effect: 'write',
  idempotent: true,
  props: upsertContactFields,
  outputSample: { ...contactSample, isNew: true },
  async runItem(ctx) {
    const properties = contactProperties(ctx.props);
    const email = properties.email;
    if (!email)
      throw new NodeError('HubSpot: upsert contact › Email is empty; upserts match contacts by email', {
        code: 'invalid_request',
      });
    const answer = await upsertContactsByEmail(ctx.http, [[email, properties]]);
    if (!answer.results?.[0]) {
      throw new NodeError(
        `HubSpot did not upsert ${email}: ${answer.errors?.[0]?.message ?? 'no result returned'}`,
        { code: 'invalid_request' },
      );
    }
    return { json: contactItem(answer.results[0]) };
  },
});
