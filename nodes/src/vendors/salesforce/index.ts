/**
 * Salesforce: create, update and upsert Leads and Contacts, SOQL queries across pages, and
 * composite requests, with an OAuth2 credential that caches and renews its session.
 *
 * @example
 * import { nodes, credentials } from '@ainow/nodes/vendors/salesforce';
 */
import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { salesforceCredential } from './auth';
import { salesforceCreateLead } from './actions/create-lead.action';
import { salesforceUpdateLead } from './actions/update-lead.action';
import { salesforceUpsertLead } from './actions/upsert-lead.action';
import { salesforceCreateContact } from './actions/create-contact.action';
import { salesforceUpdateContact } from './actions/update-contact.action';
import { salesforceUpsertContact } from './actions/upsert-contact.action';
import { salesforceSoqlQuery } from './actions/soql-query.action';
import { salesforceCompositeRequest } from './actions/composite-request.action';

export {
  salesforceCredential,
  salesforceCreateLead,
  salesforceUpdateLead,
  salesforceUpsertLead,
  salesforceCreateContact,
  salesforceUpdateContact,
  salesforceUpsertContact,
  salesforceSoqlQuery,
  salesforceCompositeRequest,
};
export { salesforceSession, type SalesforceSession } from './salesforce-session';
export { toSalesforceError } from './client';

export const nodes: AnyNodeDefinition[] = [
  salesforceCreateLead,
  salesforceUpdateLead,
  salesforceUpsertLead,
  salesforceCreateContact,
  salesforceUpdateContact,
  salesforceUpsertContact,
  salesforceSoqlQuery,
  salesforceCompositeRequest,
];
export const credentials: CredentialType[] = [salesforceCredential];
