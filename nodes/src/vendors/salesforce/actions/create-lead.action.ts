import { defineNode } from '@ainow/engine/sdk';
import { leadProps } from './record-props';
import { createRecord, fieldLoaders, salesforceNodeBase } from './record-operations';

/**
 * Salesforce › Create lead: one Lead per item (`POST /sobjects/Lead`). Salesforce has no
 * idempotency key for creates; use "Upsert lead" with an external id where a rerun must not
 * create a second record.
 *
 * @example
 * { "type": "salesforce.createLead", "parameters": { "LastName": "{{ $json.last_name }}", "Email": "{{ $json.email }}" } }
 */
export const salesforceCreateLead = defineNode({
  ...salesforceNodeBase,
  type: 'salesforce.createLead',
  version: 1,
  displayName: 'Salesforce: create lead',
  description: 'Creates one Salesforce Lead per item.',
  docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm',
  effect: 'write',
  props: leadProps,
  outputSample: {
    id: '00Q5e00000AbCdEEAV',
    object: 'Lead',
    created: true,
    ...{ LastName: 'Lovelace', Company: 'Northwind Analytics', Email: 'ada@northwind.com' },
  },
  runItem: (ctx) => createRecord(ctx, 'Lead'),
  loadOptions: fieldLoaders('Lead', 'create'),
});
