import { defineNode } from '@ainow/engine/sdk';
import { personProps } from './entity-props';
import { personSample } from './entity-samples';
import { createEntity, ENTITIES, pipedriveNodeBase } from './entity-operations';

/**
 * Pipedrive › Create person: one person per item (API v2). Pipedrive has no idempotency key; the
 * engine's ledger keeps a resumed run from creating the same item's person twice.
 *
 * @example
 * { "type": "pipedrive.createPerson", "parameters": { "name": "{{ $json.name }}", "email": "{{ $json.email }}" } }
 */
export const pipedriveCreatePerson = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.createPerson',
  version: 1,
  displayName: 'Pipedrive: create person',
  description: 'Creates one Pipedrive person per item.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v2/Persons',
  effect: 'write',
  props: personProps,
  outputSample: personSample,
  runItem: (ctx) => createEntity(ctx, ENTITIES.person),
});
