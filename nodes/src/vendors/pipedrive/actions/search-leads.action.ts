import { defineNode } from '@ainow/engine/sdk';
import { ENTITIES, pipedriveNodeBase, searchEntity, searchProps } from './entity-operations';

/**
 * Pipedrive › Search leads: finds leads by a term (cursor-paged `GET /api/v2/leads/search`) and
 * outputs one item per match, best match first, up to a maximum.
 *
 * @example
 * { "type": "pipedrive.searchLeads", "parameters": { "term": "{{ $json.email }}", "exactMatch": true } }
 */
export const pipedriveSearchLeads = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.searchLeads',
  version: 1,
  displayName: 'Pipedrive: search leads',
  description: 'Finds Pipedrive leads matching a term; one item per match.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v2/Leads#searchLeads',
  effect: 'read',
  props: searchProps([
    { value: 'title', label: 'Title' },
    { value: 'notes', label: 'Notes' },
    { value: 'custom_fields', label: 'Custom fields' },
  ]),
  outputSample: {
    id: 'adf21080-0e10-11eb-879b-05d71fb426ec',
    type: 'lead',
    title: 'Northwind inbound',
    person: { id: 42, name: 'Ada Lovelace' },
    result_score: 1,
  },
  runItem: (ctx) => searchEntity(ctx, ENTITIES.lead),
});
