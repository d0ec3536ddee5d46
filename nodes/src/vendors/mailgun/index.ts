/**
 * Mailgun: send email and receive signed email events.
 *
 * @example
 * import { nodes, credentials } from '@ainow/nodes/vendors/mailgun';
 */
import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { mailgunCredential } from './auth';
import { mailgunSendEmail } from './actions/send-email.action';
import { mailgunEmailEvents } from './triggers/email-events.trigger';

export { mailgunCredential, mailgunSendEmail, mailgunEmailEvents };
export { verifyMailgunSignature, TokenMemory } from './triggers/webhook-signature';
export { toMailgunError } from './client';

export const nodes: AnyNodeDefinition[] = [mailgunSendEmail, mailgunEmailEvents];
export const credentials: CredentialType[] = [mailgunCredential];
