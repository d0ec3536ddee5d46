import { defineNode } from '@ainow/engine/sdk';
import { ENTITIES, pipedriveNodeBase, searchEntity, searchProps } from './entity-operations';

/**
 * Pipedrive › Search organizations: finds organizations by a term (cursor-paged `GET /api/v2/organizations/search`) and
 * outputs one item per match, best match first, up to a maximum.
 *
 * @example
 * { "type": "pipedrive.searchOrganizations", "parameters": { "term": "{{ $json.email }}", "exactMatch": true } }
 */
export const pipedriveSearchOrganizations = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.searchOrganizations',
  version: 1,
  displayName: 'Pipedrive: search organizations',
  description: 'Finds Pipedrive organizations matching a term; one item per match.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v2/Organizations#searchOrganizations',
  effect: 'read',
  props: searchProps([
    { value: 'name', label: 'Name' },
    { value: 'address', label: 'Address' },
    { value: 'notes', label: 'Notes' },
    { value: 'custom_fields', label: 'Custom fields' },
  ]),
  outputSample: { id: 7, type: 'organization', name: 'Northwind Analytics', address: null, result_score: 1 },
  runItem: (ctx) => searchEntity(ctx, ENTITIES.organization),
});
