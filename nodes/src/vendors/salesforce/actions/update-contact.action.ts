import { defineNode, Prop } from '@ainow/engine/sdk';
import { optional } from '../../shared';
import { contactProps } from './record-props';
import { fieldLoaders, salesforceNodeBase, updateRecord } from './record-operations';

/**
 * Salesforce › Update contact: sets the given fields on one Contact per item (`PATCH
 * /sobjects/Contact/{id}`); fields left empty are not changed.
 *
 * @example
 * { "type": "salesforce.updateContact", "parameters": { "recordId": "{{ $json.id }}", "Title": "VP Sales" } }
 */
export const salesforceUpdateContact = defineNode({
  ...salesforceNodeBase,
  type: 'salesforce.updateContact',
  version: 1,
  displayName: 'Salesforce: update contact',
  description: 'Updates fields of one Salesforce Contact per item, by record id.',
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_update_fields.htm',
  effect: 'write',
  idempotent: true,
  props: {
    recordId: Prop.text({ label: 'Contact ID', required: true, placeholder: '003…' }),
    ...optional(contactProps),
  },
  outputSample: { id: '0035e00000AbCdEEAV', object: 'Contact', updated: true, Title: 'VP Sales' },
  runItem: (ctx) => updateRecord(ctx, 'Contact'),
  loadOptions: fieldLoaders('Contact', 'update'),
});
