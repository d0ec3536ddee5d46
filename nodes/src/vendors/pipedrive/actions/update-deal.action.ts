import { defineNode, Prop } from '@ainow/engine/sdk';
import { optional } from '../../shared';
import { dealProps } from './entity-props';
import { dealSample } from './entity-samples';
import { ENTITIES, loadStages, pipedriveNodeBase, updateEntity } from './entity-operations';

/**
 * Pipedrive › Update deal: changes the given fields of one deal per item (`PATCH`, API v2);
 * fields left empty are not changed.
 *
 * @example
 * { "type": "pipedrive.updateDeal", "parameters": { "id": "{{ $json.id }}", "title": "{{ $json.company }}: new deal", "stageId": "2" } }
 */
export const pipedriveUpdateDeal = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.updateDeal',
  version: 1,
  displayName: 'Pipedrive: update deal',
  description: 'Updates fields of one Pipedrive deal per item, by id.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v2/Deals',
  effect: 'write',
  idempotent: true,
  props: { id: Prop.text({ label: 'Deal ID', required: true }), ...optional(dealProps) },
  outputSample: dealSample,
  runItem: (ctx) => updateEntity(ctx, ENTITIES.deal),
  loadOptions: { stages: loadStages },
});
