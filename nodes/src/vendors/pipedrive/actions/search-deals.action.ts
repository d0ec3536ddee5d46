import { defineNode } from '@ainow/engine/sdk';
import { ENTITIES, pipedriveNodeBase, searchEntity, searchProps } from './entity-operations';

/**
 * Pipedrive › Search deals: finds deals by a term (cursor-paged `GET /api/v2/deals/search`) and
 * outputs one item per match, best match first, up to a maximum.
 *
 * @example
 * { "type": "pipedrive.searchDeals", "parameters": { "term": "{{ $json.email }}", "exactMatch": true } }
 */
export const pipedriveSearchDeals = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.searchDeals',
  version: 1,
  displayName: 'Pipedrive: search deals',
  description: 'Finds Pipedrive deals matching a term; one item per match.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v2/Deals#searchDeals',
  effect: 'read',
  props: searchProps([
    { value: 'title', label: 'Title' },
    { value: 'notes', label: 'Notes' },
    { value: 'custom_fields', label: 'Custom fields' },
  ]),
  outputSample: {
    id: 9,
    type: 'deal',
    title: 'Northwind: 50 seats',
    value: 5000,
    currency: 'USD',
    status: 'open',
    stage: { id: 2, name: 'Contact made' },
    result_score: 1,
  },
  runItem: (ctx) => searchEntity(ctx, ENTITIES.deal),
});
