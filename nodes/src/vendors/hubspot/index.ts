import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { addNote } from './actions/add-note.action';
import { batchUpsertContacts } from './actions/batch-upsert-contacts.action';
import { createContact } from './actions/create-contact.action';
import { createDeal } from './actions/create-deal.action';
import { searchContacts } from './actions/search-contacts.action';
import { updateContact } from './actions/update-contact.action';
import { upsertContact } from './actions/upsert-contact.action';
import { hubSpotCredential } from './auth';
import { newContacts } from './triggers/new-contacts.trigger';

/** HubSpot CRM: contacts (create, update, upsert, batch upsert, search, new-contact trigger), deals, notes. */
export {
  hubSpotCredential,
  createContact,
  updateContact,
  upsertContact,
  batchUpsertContacts,
  searchContacts,
  createDeal,
  addNote,
  newContacts,
};
export const nodes: AnyNodeDefinition[] = [
  createContact,
  updateContact,
  upsertContact,
  batchUpsertContacts,
  searchContacts,
  createDeal,
  addNote,
  newContacts,
];
export const credentials: CredentialType[] = [hubSpotCredential];
