/**
 * Pipedrive: create, update and search persons, organizations, deals and leads.
 *
 * @example
 * import { nodes, credentials } from '@ainow/nodes/vendors/pipedrive';
 */
import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { pipedriveCredential } from './auth';
import { pipedriveCreatePerson } from './actions/create-person.action';
import { pipedriveUpdatePerson } from './actions/update-person.action';
import { pipedriveSearchPersons } from './actions/search-persons.action';
import { pipedriveCreateOrganization } from './actions/create-organization.action';
import { pipedriveUpdateOrganization } from './actions/update-organization.action';
import { pipedriveSearchOrganizations } from './actions/search-organizations.action';
import { pipedriveCreateDeal } from './actions/create-deal.action';
import { pipedriveUpdateDeal } from './actions/update-deal.action';
import { pipedriveSearchDeals } from './actions/search-deals.action';
import { pipedriveCreateLead } from './actions/create-lead.action';
import { pipedriveUpdateLead } from './actions/update-lead.action';
import { pipedriveSearchLeads } from './actions/search-leads.action';

export {
  pipedriveCredential,
  pipedriveCreatePerson,
  pipedriveUpdatePerson,
  pipedriveSearchPersons,
  pipedriveCreateOrganization,
  pipedriveUpdateOrganization,
  pipedriveSearchOrganizations,
  pipedriveCreateDeal,
  pipedriveUpdateDeal,
  pipedriveSearchDeals,
  pipedriveCreateLead,
  pipedriveUpdateLead,
  pipedriveSearchLeads,
};
export { toPipedriveError } from './client';

export const nodes: AnyNodeDefinition[] = [
  pipedriveCreatePerson,
  pipedriveUpdatePerson,
  pipedriveSearchPersons,
  pipedriveCreateOrganization,
  pipedriveUpdateOrganization,
  pipedriveSearchOrganizations,
  pipedriveCreateDeal,
  pipedriveUpdateDeal,
  pipedriveSearchDeals,
  pipedriveCreateLead,
  pipedriveUpdateLead,
  pipedriveSearchLeads,
];
export const credentials: CredentialType[] = [pipedriveCredential];
