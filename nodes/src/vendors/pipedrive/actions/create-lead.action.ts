import { defineNode } from '@ainow/engine/sdk';
import { leadProps } from './entity-props';
import { leadSample } from './entity-samples';
import { createEntity, ENTITIES, pipedriveNodeBase } from './entity-operations';

/**
 * Pipedrive › Create lead: one lead per item (API v1). Pipedrive has no idempotency key; the
 * engine's ledger keeps a resumed run from creating the same item's lead twice.
 *
 * @example
 * { "type": "pipedrive.createLead", "parameters": { "title": "{{ $json.company }} inbound", "personId": "{{ $json.person_id }}" } }
 */
export const pipedriveCreateLead = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.createLead',
  version: 1,
  displayName: 'Pipedrive: create lead',
  description: 'Creates one Pipedrive lead per item.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v1/Leads',
  effect: 'write',
  props: leadProps,
  outputSample: leadSample,
  runItem: (ctx) => createEntity(ctx, ENTITIES.lead),
});
