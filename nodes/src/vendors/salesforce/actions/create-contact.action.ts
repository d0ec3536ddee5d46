import { defineNode } from '@ainow/engine/sdk';
import { contactProps } from './record-props';
import { createRecord, fieldLoaders, salesforceNodeBase } from './record-operations';

/**
 * Salesforce › Create contact: one Contact per item (`POST /sobjects/Contact`). Salesforce has no
 * idempotency key for creates; use "Upsert contact" with an external id where a rerun must not
 * create a second record.
 *
 * @example
 * { "type": "salesforce.createContact", "parameters": { "LastName": "{{ $json.last_name }}", "Email": "{{ $json.email }}" } }
 */
export const salesforceCreateContact = defineNode({
  ...salesforceNodeBase,
  type: 'salesforce.createContact',
  version: 1,
  displayName: 'Salesforce: create contact',
  description: 'Creates one Salesforce Contact per item.',
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm',
  effect: 'write',
  props: contactProps,
  outputSample: {
    id: '0035e00000AbCdEEAV',
    object: 'Contact',
    created: true,
    ...{ LastName: 'Lovelace', FirstName: 'Ada', Email: 'ada@northwind.com' },
  },
  runItem: (ctx) => createRecord(ctx, 'Contact'),
  loadOptions: fieldLoaders('Contact', 'create'),
});
