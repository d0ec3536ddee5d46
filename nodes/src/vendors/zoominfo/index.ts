import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { enrichContacts } from './actions/enrich-contacts.action';
import { searchContacts } from './actions/search-contacts.action';
import { zoomInfoCredential } from './auth';

/** ZoomInfo Enterprise API: contact search and enrich. */
export { zoomInfoCredential, searchContacts, enrichContacts };
export const nodes: AnyNodeDefinition[] = [searchContacts, enrichContacts];
export const credentials: CredentialType[] = [zoomInfoCredential];
