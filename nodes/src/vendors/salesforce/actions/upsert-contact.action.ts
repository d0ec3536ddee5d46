import { defineNode, Prop } from '@ainow/engine/sdk';
import { contactProps, optional } from './record-props';
import { fieldLoaders, salesforceNodeBase, upsertRecord } from './record-operations';

/**
 * Salesforce › Upsert contact: creates or updates one Contact per item, matched on an external id
 * field (`PATCH /sobjects/Contact/{field}/{value}`), so a rerun never creates a duplicate.
 *
 * @example
 * { "type": "salesforce.upsertContact", "parameters": { "externalIdField": "External_Id__c",
 *   "externalIdValue": "{{ $json.id }}", "LastName": "{{ $json.last_name }}" } }
 */
export const salesforceUpsertContact = defineNode({
  ...salesforceNodeBase,
  type: 'salesforce.upsertContact',
  version: 1,
  displayName: 'Salesforce: upsert contact',
  description: 'Creates or updates one Salesforce Contact per item, matched on an external id.',
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm',
  effect: 'write',
  idempotent: true,
  props: {
    externalIdField: Prop.options({
      label: 'External ID field',
      required: true,
      loadOptions: 'externalIdFields',
    }),
    externalIdValue: Prop.text({ label: 'External ID value', required: true, placeholder: '{{ $json.id }}' }),
    ...optional(contactProps),
  },
  outputSample: {
    id: '0035e00000AbCdEEAV',
    object: 'Contact',
    created: false,
    External_Id__c: 'lead_000001',
    ...{ LastName: 'Lovelace', FirstName: 'Ada', Email: 'ada@northwind.com' },
  },
  runItem: (ctx) => upsertRecord(ctx, 'Contact'),
  loadOptions: fieldLoaders('Contact', 'create'),
});
