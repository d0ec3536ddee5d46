import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import {
  HUBSPOT_RATE_LIMIT,
  hubSpotCall,
  loadPipelines,
  loadPropertyOptions,
  morePropertiesProp,
  propertiesFrom,
  type HubSpotObject,
} from '../client';
import { contactIdOf } from '../find-contact';

/**
 * HubSpot create deal (`POST /crm/v3/objects/deals`), in a pipeline and stage chosen from the
 * portal's lists, associated with a contact (by id or email; association type 3, deal → contact)
 * in the same request.
 *
 * @example
 * { "type": "hubspot.createDeal", "parameters": { "dealName": "{{ $json.company }} pilot", "pipeline": "default", "stage": "appointmentscheduled", "contact": "{{ $json.email }}" } }
 */
export const createDeal = defineNode({
  type: 'hubspot.createDeal',
  version: 1,
  displayName: 'HubSpot: create deal',
  description: 'Creates a deal, optionally associated with a contact',
  category: 'CRM',
  icon: 'hubspot',
  docsUrl: 'https://developers.hubspot.com/docs/api/crm/deals',
  credential: { type: 'hubspot', required: true },
  effect: 'write',
  rateLimit: HUBSPOT_RATE_LIMIT,
  props: {
    dealName: Prop.text({ label: 'Deal name', required: true }),
    pipeline: Prop.options({ label: 'Pipeline', default: 'default', loadOptions: 'dealPipelines' }),
    stage: Prop.options({ label: 'Stage', required: true, loadOptions: 'dealStages' }),
    amount: Prop.number({ label: 'Amount' }),
    closeDate: Prop.text({ label: 'Close date', placeholder: '2026-06-30' }),
    contact: Prop.text({ label: 'Associate with contact', help: 'Contact record id or email' }),
    moreProperties: morePropertiesProp('dealProperties'),
  },
  outputSample: {
    id: '5001',
    dealname: 'Northwind pilot',
    dealstage: 'appointmentscheduled',
    pipeline: 'default',
    amount: '1200',
    contactId: '512',
    createdAt: '2024-01-01T00:00:00.000Z',
  },
  loadOptions: {
    dealProperties: (ctx) => loadPropertyOptions(ctx, 'deals'),
    dealPipelines: async (ctx) => (await loadPipelines(ctx)).map((p) => ({ value: p.id, label: p.label })),
    dealStages: async (ctx) => {
      const pipeline = (await loadPipelines(ctx)).find((p) => p.id === (ctx.props.pipeline ?? 'default'));
      return (pipeline?.stages ?? []).map((s) => ({ value: s.id, label: s.label }));
    },
  },
  async runItem(ctx) {
    const p = ctx.props;
    if (!p.dealName?.trim())
      throw new NodeError('HubSpot: create deal › Deal name is empty', { code: 'invalid_request' });
    const contactId = p.contact?.trim() ? await contactIdOf(ctx.http, p.contact) : undefined;
    const properties = propertiesFrom(
      {
        dealname: p.dealName.trim(),
        pipeline: p.pipeline ?? 'default',
        dealstage: p.stage,
        amount: p.amount,
        closedate: p.closeDate ? new Date(p.closeDate).toISOString() : undefined,
      },
      p.moreProperties,
    );
    const associations = contactId
      ? [{ to: { id: contactId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 3 }] }]
      : [];
    const deal = await hubSpotCall<HubSpotObject>(ctx.http, {
      method: 'POST',
      url: '/crm/v3/objects/deals',
      body: { properties, associations },
    });
    return {
      json: { id: deal.id, ...deal.properties, contactId: contactId ?? null, createdAt: deal.createdAt },
    };
  },
});
