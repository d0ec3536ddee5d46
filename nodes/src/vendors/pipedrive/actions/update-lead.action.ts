import { defineNode, Prop } from '@ainow/engine/sdk';
import { optional } from '../../shared';
import { leadProps } from './entity-props';
import { leadSample } from './entity-samples';
import { ENTITIES, pipedriveNodeBase, updateEntity } from './entity-operations';

/**
 * Pipedrive › Update lead: changes the given fields of one lead per item (`PATCH`, API v1);
 * fields left empty are not changed.
 *
 * @example
 * { "type": "pipedrive.updateLead", "parameters": { "id": "{{ $json.id }}", "title": "{{ $json.company }} inbound", "personId": "{{ $json.person_id }}" } }
 */
export const pipedriveUpdateLead = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.updateLead',
  version: 1,
  displayName: 'Pipedrive: update lead',
  description: 'Updates fields of one Pipedrive lead per item, by id.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v1/Leads',
  effect: 'write',
  idempotent: true,
  props: { id: Prop.text({ label: 'Lead ID', required: true }), ...optional(leadProps) },
  outputSample: leadSample,
  runItem: (ctx) => updateEntity(ctx, ENTITIES.lead),
});
