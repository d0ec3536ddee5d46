import { defineNode, Prop } from '@ainow/engine/sdk';
import { optional } from '../../shared';
import { leadProps } from './record-props';
import { fieldLoaders, salesforceNodeBase, updateRecord } from './record-operations';

/**
 * Salesforce › Update lead: sets the given fields on one Lead per item (`PATCH
 * /sobjects/Lead/{id}`); fields left empty are not changed.
 *
 * @example
 * { "type": "salesforce.updateLead", "parameters": { "recordId": "{{ $json.id }}", "Title": "VP Sales" } }
 */
export const salesforceUpdateLead = defineNode({
  ...salesforceNodeBase,
  type: 'salesforce.updateLead',
  version: 1,
  displayName: 'Salesforce: update lead',
  description: 'Updates fields of one Salesforce Lead per item, by record id.',
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_update_fields.htm',
  effect: 'write',
  idempotent: true,
  props: {
    recordId: Prop.text({ label: 'Lead ID', required: true, placeholder: '00Q…' }),
    ...optional(leadProps),
  },
  outputSample: { id: '00Q5e00000AbCdEEAV', object: 'Lead', updated: true, Title: 'VP Sales' },
  runItem: (ctx) => updateRecord(ctx, 'Lead'),
  loadOptions: fieldLoaders('Lead', 'update'),
});
