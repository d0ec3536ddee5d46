import { contactProps } from './record-props';
import { defineUpsertNode } from './upsert-node';

/**
 * Salesforce › Upsert contact: creates or updates one Contact per item, matched on an external id
 * field (`PATCH /sobjects/Contact/{field}/{value}`), so a rerun never creates a duplicate.
 *
 * @example
 * { "type": "salesforce.upsertContact", "parameters": { "externalIdField": "External_Id__c",
 *   "externalIdValue": "{{ $json.id }}", "LastName": "{{ $json.last_name }}" } }
 */
export const salesforceUpsertContact = defineUpsertNode({
  object: 'Contact',
  type: 'salesforce.upsertContact',
  displayName: 'Salesforce: upsert contact',
  fields: contactProps,
  sample: {
    id: '0035e00000AbCdEEAV',
    fields: { LastName: 'Lovelace', FirstName: 'Ada', Email: 'ada@northwind.com' },
  },
});
