import { defineNode, Prop } from '@ainow/engine/sdk';
import { optional } from '../../shared';
import { personProps } from './entity-props';
import { personSample } from './entity-samples';
import { ENTITIES, pipedriveNodeBase, updateEntity } from './entity-operations';

/**
 * Pipedrive › Update person: changes the given fields of one person per item (`PATCH`, API v2);
 * fields left empty are not changed.
 *
 * @example
 * { "type": "pipedrive.updatePerson", "parameters": { "id": "{{ $json.id }}", "name": "{{ $json.name }}", "email": "{{ $json.email }}" } }
 */
export const pipedriveUpdatePerson = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.updatePerson',
  version: 1,
  displayName: 'Pipedrive: update person',
  description: 'Updates fields of one Pipedrive person per item, by id.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v2/Persons',
  effect: 'write',
  idempotent: true,
  props: { id: Prop.text({ label: 'Person ID', required: true }), ...optional(personProps) },
  outputSample: personSample,
  runItem: (ctx) => updateEntity(ctx, ENTITIES.person),
});
