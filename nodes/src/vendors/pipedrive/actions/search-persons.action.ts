import { defineNode } from '@ainow/engine/sdk';
import { ENTITIES, pipedriveNodeBase, searchEntity, searchProps } from './entity-operations';

/**
 * Pipedrive › Search persons: finds persons by a term (cursor-paged `GET /api/v2/persons/search`) and
 * outputs one item per match, best match first, up to a maximum.
 *
 * @example
 * { "type": "pipedrive.searchPersons", "parameters": { "term": "{{ $json.email }}", "exactMatch": true } }
 */
export const pipedriveSearchPersons = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.searchPersons',
  version: 1,
  displayName: 'Pipedrive: search persons',
  description: 'Finds Pipedrive persons matching a term; one item per match.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v2/Persons#searchPersons',
  effect: 'read',
  props: searchProps([
    { value: 'name', label: 'Name' },
    { value: 'email', label: 'Email' },
    { value: 'phone', label: 'Phone' },
    { value: 'notes', label: 'Notes' },
    { value: 'custom_fields', label: 'Custom fields' },
  ]),
  outputSample: {
    id: 42,
    type: 'person',
    name: 'Ada Lovelace',
    emails: ['ada@example.com'],
    phones: [],
    organization: { id: 7, name: 'Northwind' },
    result_score: 1,
  },
  runItem: (ctx) => searchEntity(ctx, ENTITIES.person),
});
