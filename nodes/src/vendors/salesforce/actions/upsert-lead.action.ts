import { defineNode, Prop } from '@ainow/engine/sdk';
import { leadProps, optional } from './record-props';
import { fieldLoaders, salesforceNodeBase, upsertRecord } from './record-operations';

/**
 * Salesforce › Upsert lead: creates or updates one Lead per item, matched on an external id
 * field (`PATCH /sobjects/Lead/{field}/{value}`), so a rerun never creates a duplicate.
 *
 * @example
 * { "type": "salesforce.upsertLead", "parameters": { "externalIdField": "External_Id__c",
 *   "externalIdValue": "{{ $json.id }}", "LastName": "{{ $json.last_name }}" } }
 */
export const salesforceUpsertLead = defineNode({
  ...salesforceNodeBase,
  type: 'salesforce.upsertLead',
  version: 1,
  displayName: 'Salesforce: upsert lead',
  description: 'Creates or updates one Salesforce Lead per item, matched on an external id.',
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
    ...optional(leadProps),
  },
  outputSample: {
    id: '00Q5e00000AbCdEEAV',
    object: 'Lead',
    created: false,
    External_Id__c: 'lead_000001',
    ...{ LastName: 'Lovelace', Company: 'Northwind Analytics', Email: 'ada@northwind.com' },
  },
  runItem: (ctx) => upsertRecord(ctx, 'Lead'),
  loadOptions: fieldLoaders('Lead', 'create'),
});
