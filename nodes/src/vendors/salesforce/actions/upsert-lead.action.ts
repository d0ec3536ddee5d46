import { leadProps } from './record-props';
import { defineUpsertNode } from './upsert-node';

/**
 * Salesforce › Upsert lead: creates or updates one Lead per item, matched on an external id
 * field (`PATCH /sobjects/Lead/{field}/{value}`), so a rerun never creates a duplicate.
 *
 * @example
 * { "type": "salesforce.upsertLead", "parameters": { "externalIdField": "External_Id__c",
 *   "externalIdValue": "{{ $json.id }}", "LastName": "{{ $json.last_name }}" } }
 */
export const salesforceUpsertLead = defineUpsertNode({
  object: 'Lead',
  type: 'salesforce.upsertLead',
  displayName: 'Salesforce: upsert lead',
  fields: leadProps,
  sample: {
    id: '00Q5e00000AbCdEEAV',
    fields: { LastName: 'Lovelace', Company: 'Northwind Analytics', Email: 'ada@northwind.com' },
  },
});
