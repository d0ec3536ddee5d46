import { defineNode, NodeError } from '@ainow/engine/sdk';
import { contactItem, hubSpotCall, type HubSpotObject } from '../client';
import { contactFields, contactNodeBase, contactProperties, contactSample } from '../contact-fields';

/**
 * HubSpot create contact (`POST /crm/v3/objects/contacts`). HubSpot refuses a second contact
 * with the same email (409), so a repeated run cannot create a duplicate; the error names the
 * existing id. Use "HubSpot: upsert contact" to update in that case instead.
 *
 * @example
 * { "type": "hubspot.createContact", "parameters": { "email": "{{ $json.email }}", "firstName": "{{ $json.first_name }}" } }
 */
export const createContact = defineNode({
  ...contactNodeBase,
  type: 'hubspot.createContact',
  version: 1,
  displayName: 'HubSpot: create contact',
  description: 'Creates a contact in HubSpot',
  effect: 'write',
  props: contactFields,
  outputSample: contactSample,
  async runItem(ctx) {
    const properties = contactProperties(ctx.props);
    if (Object.keys(properties).length === 0) {
      throw new NodeError('HubSpot: create contact needs at least one field (usually Email)', {
        code: 'invalid_request',
      });
    }
    const created = await hubSpotCall<HubSpotObject>(ctx.http, {
      method: 'POST',
      url: '/crm/v3/objects/contacts',
      body: { properties, associations: [] },
    });
    return { json: contactItem(created) };
  },
});
