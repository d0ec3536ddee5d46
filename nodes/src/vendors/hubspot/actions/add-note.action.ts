import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { HUBSPOT_RATE_LIMIT, hubSpotCall, type HubSpotObject } from '../client';
import { contactIdOf } from '../find-contact';

/**
 * HubSpot add note (`POST /crm/v3/objects/notes`) on a contact (by id or email; type 202) and/or
 * a deal (type 214). The note body may be HTML.
 *
 * @example
 * { "type": "hubspot.addNote", "parameters": { "contact": "{{ $json.email }}", "body": "Scored {{ $json.score }}/10 by the AI step" } }
 */
export const addNote = defineNode({
  type: 'hubspot.addNote',
  version: 1,
  displayName: 'HubSpot: add note',
  description: 'Adds a note to a contact or deal timeline',
  category: 'CRM',
  icon: 'hubspot',
  docsUrl: 'https://developers.hubspot.com/docs/api/crm/notes',
  credential: { type: 'hubspot', required: true },
  effect: 'write',
  rateLimit: HUBSPOT_RATE_LIMIT,
  props: {
    body: Prop.longText({ label: 'Note', required: true }),
    contact: Prop.text({ label: 'Contact', help: 'Contact record id or email' }),
    dealId: Prop.text({ label: 'Deal id' }),
    timestamp: Prop.text({ label: 'Date', help: 'When it happened (ISO date); default now' }),
  },
  outputSample: {
    id: '90001',
    hs_note_body: 'Called, interested',
    hs_timestamp: '2024-01-01T00:00:00.000Z',
    contactId: '512',
    dealId: null,
  },
  async runItem(ctx) {
    const p = ctx.props;
    if (!p.body?.trim())
      throw new NodeError('HubSpot: add note › Note is empty', { code: 'invalid_request' });
    if (!p.contact?.trim() && !p.dealId?.trim()) {
      throw new NodeError('HubSpot: add note needs a contact or a deal to attach the note to', {
        code: 'invalid_request',
      });
    }
    const contactId = p.contact?.trim() ? await contactIdOf(ctx.http, p.contact) : undefined;
    const dealId = p.dealId?.trim() || undefined;
    const associations = [
      ...(contactId
        ? [
            {
              to: { id: contactId },
              types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 202 }],
            },
          ]
        : []),
      ...(dealId
        ? [
            {
              to: { id: dealId },
              types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 214 }],
            },
          ]
        : []),
    ];
    const timestamp = p.timestamp ? new Date(p.timestamp) : new Date();
    if (Number.isNaN(timestamp.getTime()))
      throw new NodeError(`HubSpot: add note › Date '${p.timestamp}' is not a date`, {
        code: 'invalid_request',
      });
    const note = await hubSpotCall<HubSpotObject>(ctx.http, {
      method: 'POST',
      url: '/crm/v3/objects/notes',
      body: { properties: { hs_note_body: p.body, hs_timestamp: timestamp.toISOString() }, associations },
    });
    return {
      json: { id: note.id, ...note.properties, contactId: contactId ?? null, dealId: dealId ?? null },
    };
  },
});
