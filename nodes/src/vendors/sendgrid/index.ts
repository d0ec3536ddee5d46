/**
 * SendGrid: send email (templates or dynamic templates), receive signed email events, and add
 * addresses to the global unsubscribe list.
 *
 * @example
 * import { nodes, credentials } from '@ainow/nodes/vendors/sendgrid';
 */
import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { sendGridCredential } from './auth';
import { sendGridSendEmail } from './actions/send-email.action';
import { sendGridAddGlobalUnsubscribe } from './actions/add-global-unsubscribe.action';
import { sendGridEmailEvents } from './triggers/email-events.trigger';

export { sendGridCredential, sendGridSendEmail, sendGridEmailEvents, sendGridAddGlobalUnsubscribe };
export { verifyEventWebhookSignature } from './triggers/event-webhook-signature';
export { toSendGridError } from './client';

export const nodes: AnyNodeDefinition[] = [
  sendGridSendEmail,
  sendGridEmailEvents,
  sendGridAddGlobalUnsubscribe,
];
export const credentials: CredentialType[] = [sendGridCredential];
