/**
 * SendGrid: send email (templates or dynamic templates) and receive signed email events.
 *
 * @example
 * import { nodes, credentials } from '@ainow/nodes/vendors/sendgrid';
 */
import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { sendGridCredential } from './auth';
import { sendGridSendEmail } from './actions/send-email.action';
import { sendGridEmailEvents } from './triggers/email-events.trigger';

export { sendGridCredential, sendGridSendEmail, sendGridEmailEvents };
export { verifyEventWebhookSignature } from './triggers/event-webhook-signature';
export { toSendGridError } from './client';

export const nodes: AnyNodeDefinition[] = [sendGridSendEmail, sendGridEmailEvents];
export const credentials: CredentialType[] = [sendGridCredential];
