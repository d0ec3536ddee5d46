import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { contactItem, hubSpotCall, type HubSpotObject } from '../client';
import { contactFields, contactNodeBase, contactProperties, contactSample } from '../contact-fields';

/**
 * HubSpot update contact (`PATCH /crm/v3/objects/contacts/{id}`), found by record id or by
 * email (`idProperty=email`). Setting the same values again changes nothing, so it is idempotent.
 *
 * @example
 * { "type": "hubspot.updateContact", "parameters": { "findBy": "email", "contact": "{{ $json.email }}", "jobTitle": "CTO" } }
 */
const { email: _email, ...fields } = contactFields;

export const updateContact = defineNode({
  ...contactNodeBase,
  type: 'hubspot.updateContact',
  version: 1,
  displayName: 'HubSpot: update contact',
  description: 'Updates a HubSpot contact found by id or email',
  effect: 'write',
  idempotent: true,
  props: {
    findBy: Prop.options({
      label: 'Find contact by',
      default: 'id',
      options: [
        { value: 'id', label: 'Record id' },
        { value: 'email', label: 'Email' },
      ],
    }),
    contact: Prop.text({ label: 'Contact id or email', required: true }),
    newEmail: Prop.text({ label: 'New email' }),
    ...fields,
  },
  outputSample: contactSample,
  async runItem(ctx) {
    const { findBy, contact, newEmail, ...rest } = ctx.props;
    const properties = contactProperties({ ...rest, email: newEmail });
    if (Object.keys(properties).length === 0)
      throw new NodeError('HubSpot: update contact has no fields to set', { code: 'invalid_request' });
    const id = String(contact ?? '').trim();
    if (!id)
      throw new NodeError('HubSpot: update contact › Contact id or email is empty', {
        code: 'invalid_request',
      });
    const updated = await hubSpotCall<HubSpotObject>(ctx.http, {
      method: 'PATCH',
      url: `/crm/v3/objects/contacts/${encodeURIComponent(findBy === 'email' ? id.toLowerCase() : id)}`,
      query: findBy === 'email' ? { idProperty: 'email' } : undefined,
      body: { properties },
    });
    return { json: contactItem(updated) };
  },
});
