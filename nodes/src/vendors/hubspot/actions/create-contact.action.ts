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
 * HubSpot create contact (`POST /crm/v3/objects/contacts`). HubSpot refuses a second contact
 * with the same email (409), so a repeated run cannot create a duplicate; the error names the
 * existing id. Use "HubSpot: upsert contact" to update in that case instead.
 *
 * @example
 * { "type": "hubspot.createContact", "parameters": { "email": "{{ $json.email }}", "firstName": "{{ $json.first_name }}" } }
 */
export const createContact = defineNode({
  type: 'hubspot.createContact',
  version: 1,
  displayName: 'HubSpot: create contact',
  description: 'Creates a contact in HubSpot',
  category: 'CRM',
  icon: 'hubspot',
  docsUrl: 'https://developers.hubspot.com/docs/api/crm/contacts',
  credential: { type: 'hubspot', required: true },
  effect: 'write',
  rateLimit: HUBSPOT_RATE_LIMIT,
  props: contactFields,
  outputSample: contactSample,
  loadOptions: { contactProperties: (ctx) => loadPropertyOptions(ctx, 'contacts') },
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
