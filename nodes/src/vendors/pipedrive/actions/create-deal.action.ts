import { defineNode } from '@ainow/engine/sdk';
import { dealProps } from './entity-props';
import { dealSample } from './entity-samples';
import { createEntity, ENTITIES, loadStages, pipedriveNodeBase } from './entity-operations';

/**
 * Pipedrive › Create deal: one deal per item (API v2). Pipedrive has no idempotency key; the
 * engine's ledger keeps a resumed run from creating the same item's deal twice.
 *
 * @example
 * { "type": "pipedrive.createDeal", "parameters": { "title": "{{ $json.company }}: new deal", "stageId": "2" } }
 */
export const pipedriveCreateDeal = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.createDeal',
  version: 1,
  displayName: 'Pipedrive: create deal',
  description: 'Creates one Pipedrive deal per item.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v2/Deals',
  effect: 'write',
  props: dealProps,
  outputSample: dealSample,
  runItem: (ctx) => createEntity(ctx, ENTITIES.deal),
  loadOptions: { stages: loadStages },
});
