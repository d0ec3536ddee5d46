import { defineNode, Prop, type PropMap } from '@ainow/engine/sdk';
import { optional } from '../../shared';
import { fieldLoaders, salesforceNodeBase, upsertRecord, type SObject } from './record-operations';

/**
 * Declares an "upsert by external id" node for one object: the external id field and value, the
 * object's fields (none required), and `PATCH /sobjects/{object}/{field}/{value}` per item. The
 * Lead and Contact upserts differ only in the object, its fields and the output sample.
 *
 * @example
 * export const salesforceUpsertLead = defineUpsertNode({
 *   object: 'Lead', type: 'salesforce.upsertLead', displayName: 'Salesforce: upsert lead',
 *   fields: leadProps, sample: { id: '00Q5e00000AbCdEEAV', fields: { LastName: 'Lovelace' } },
 * });
 */
export interface UpsertNodeSpec<F extends PropMap> {
  object: SObject;
  type: string;
  displayName: string;
  /** The object's form fields; the upsert sends only those that are set. */
  fields: F;
  /** The output sample: the record id and the fields it shows. */
  sample: { id: string; fields: Record<string, unknown> };
}

export function defineUpsertNode<F extends PropMap>(spec: UpsertNodeSpec<F>) {
  const { object } = spec;
  return defineNode({
    ...salesforceNodeBase,
    type: spec.type,
    version: 1,
    displayName: spec.displayName,
    description: `Creates or updates one Salesforce ${object} per item, matched on an external id.`,
    docsUrl: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm',
    effect: 'write',
    idempotent: true,
    props: {
      externalIdField: Prop.options({
        label: 'External ID field',
        required: true,
        loadOptions: 'externalIdFields',
      }),
      externalIdValue: Prop.text({
        label: 'External ID value',
        required: true,
        placeholder: '{{ $json.id }}',
      }),
      ...optional(spec.fields),
    },
    outputSample: {
      id: spec.sample.id,
      object,
      created: false,
      External_Id__c: 'lead_000001',
      ...spec.sample.fields,
    },
    runItem: (ctx) => upsertRecord(ctx, object),
    loadOptions: fieldLoaders(object, 'create'),
  });
}
