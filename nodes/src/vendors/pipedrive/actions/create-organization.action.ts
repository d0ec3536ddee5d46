import { defineNode } from '@ainow/engine/sdk';
import { organizationProps } from './entity-props';
import { organizationSample } from './entity-samples';
import { createEntity, ENTITIES, pipedriveNodeBase } from './entity-operations';

/**
 * Pipedrive › Create organization: one organization per item (API v2). Pipedrive has no idempotency key; the
 * engine's ledger keeps a resumed run from creating the same item's organization twice.
 *
 * @example
 * { "type": "pipedrive.createOrganization", "parameters": { "name": "{{ $json.company }}" } }
 */
export const pipedriveCreateOrganization = defineNode({
  ...pipedriveNodeBase,
  type: 'pipedrive.createOrganization',
  version: 1,
  displayName: 'Pipedrive: create organization',
  description: 'Creates one Pipedrive organization per item.',
  docsUrl: 'https://developers.pipedrive.com/docs/api/v2/Organizations',
  effect: 'write',
  props: organizationProps,
  outputSample: organizationSample,
  runItem: (ctx) => createEntity(ctx, ENTITIES.organization),
});
