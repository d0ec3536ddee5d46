import { defineNode, Prop } from '@ainow/engine/sdk';
import { optional } from '../../shared';
import { organizationProps } from './entity-props';
import { organizationSample } from './entity-samples';
import { ENTITIES, pipedriveNodeBase, updateEntity } from './entity-operations';

/**
 * Pipedrive › Update organization: changes the given fields of one organization per item (`PATCH`, API v2);
 * fields left empty are not changed.
 *
 * @example
 * { "type": "pipedrive.updateOrganization", "parameters": { "id": "{{ $json.id }}", "name": "{{ $json.company }}" } }
 */
export const pipedriveUpdateOrganization = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.updateOrganization',
  version: 1,
  displayName: 'Pipedrive: update organization',
  description: 'Updates fields of one Pipedrive organization per item, by id.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v2/Organizations',
  effect: 'write',
  idempotent: true,
  props: { id: Prop.text({ label: 'Organization ID', required: true }), ...optional(organizationProps) },
  outputSample: organizationSample,
  runItem: (ctx) => updateEntity(ctx, ENTITIES.organization),
});
