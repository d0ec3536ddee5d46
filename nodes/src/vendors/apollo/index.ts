import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { enrichOrganization } from './actions/enrich-organization.action';
import { enrichPerson } from './actions/enrich-person.action';
import { searchPeople } from './actions/search-people.action';
import { apolloCredential } from './auth';

/** Apollo.io: people search, person and organization enrichment. */
export { apolloCredential, searchPeople, enrichPerson, enrichOrganization };
export const nodes: AnyNodeDefinition[] = [searchPeople, enrichPerson, enrichOrganization];
export const credentials: CredentialType[] = [apolloCredential];
