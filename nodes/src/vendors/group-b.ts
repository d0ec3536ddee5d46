import type { AnyNodeDefinition, CredentialType, CredentialValues } from '@ainow/engine/sdk';
import type { Simulator } from '../simulators/kit';
import {
  createMailgunSimulator,
  MAILGUN_SIMULATOR_DOMAIN,
  MAILGUN_SIMULATOR_KEY,
  MAILGUN_SIMULATOR_SIGNING_KEY,
} from '../simulators/mailgun';
import { createPipedriveSimulator, PIPEDRIVE_SIMULATOR_TOKEN } from '../simulators/pipedrive';
import {
  createSalesforceSimulator,
  SALESFORCE_SIMULATOR_CLIENT_ID,
  SALESFORCE_SIMULATOR_CLIENT_SECRET,
  SALESFORCE_SIMULATOR_REFRESH_TOKEN,
} from '../simulators/salesforce';
import { createSendGridSimulator, SENDGRID_SIMULATOR_KEY } from '../simulators/sendgrid';
import {
  createTwilioSimulator,
  TWILIO_SIMULATOR_ACCOUNT_SID,
  TWILIO_SIMULATOR_AUTH_TOKEN,
} from '../simulators/twilio';
import * as mailgun from './mailgun';
import * as pipedrive from './pipedrive';
import * as salesforce from './salesforce';
import * as sendgrid from './sendgrid';
import * as twilio from './twilio';

/**
 * Outreach and CRM vendors, group B: SendGrid, Mailgun, Twilio, Salesforce, Pipedrive. Their
 * nodes, credential types, simulators by the key each credential names in `baseUrl.simulator`,
 * and credential values those simulators accept (for sandbox runs).
 *
 * @example
 * for (const node of groupBNodes) registry.add(node);
 * const sim = groupBSimulators[sendGridCredential.baseUrl.simulator]();
 */
export const groupBNodes: AnyNodeDefinition[] = [
  ...sendgrid.nodes,
  ...mailgun.nodes,
  ...twilio.nodes,
  ...salesforce.nodes,
  ...pipedrive.nodes,
];

export const groupBCredentials: CredentialType[] = [
  ...sendgrid.credentials,
  ...mailgun.credentials,
  ...twilio.credentials,
  ...salesforce.credentials,
  ...pipedrive.credentials,
];

export const groupBSimulators: Record<string, () => Simulator> = {
  sendgrid: () => createSendGridSimulator(),
  mailgun: () => createMailgunSimulator(),
  twilio: () => createTwilioSimulator(),
  // A few hundred leads so that sandbox SOQL queries have something to page through.
  salesforce: () => createSalesforceSimulator({ seedLeads: 300 }),
  pipedrive: () => createPipedriveSimulator(),
};

/** Credential values each group B simulator accepts, by credential type name. */
export const groupBSandboxCredentials: Record<string, CredentialValues> = {
  sendgrid: { apiKey: SENDGRID_SIMULATOR_KEY },
  mailgun: {
    apiKey: MAILGUN_SIMULATOR_KEY,
    domain: MAILGUN_SIMULATOR_DOMAIN,
    webhookSigningKey: MAILGUN_SIMULATOR_SIGNING_KEY,
  },
  twilio: { accountSid: TWILIO_SIMULATOR_ACCOUNT_SID, authToken: TWILIO_SIMULATOR_AUTH_TOKEN },
  salesforce: {
    grantType: 'client_credentials',
    clientId: SALESFORCE_SIMULATOR_CLIENT_ID,
    clientSecret: SALESFORCE_SIMULATOR_CLIENT_SECRET,
    refreshToken: SALESFORCE_SIMULATOR_REFRESH_TOKEN,
    apiVersion: '62.0',
    sessionMinutes: 120,
  },
  pipedrive: { apiToken: PIPEDRIVE_SIMULATOR_TOKEN },
};
