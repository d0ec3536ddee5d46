/**
 * Twilio: send SMS, and receive inbound SMS and message status callbacks with signature checks.
 *
 * @example
 * import { nodes, credentials } from '@ainow/nodes/vendors/twilio';
 */
import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { twilioCredential } from './auth';
import { twilioSendSms } from './actions/send-sms.action';
import { twilioInboundSms } from './triggers/inbound-sms.trigger';
import { twilioMessageStatus } from './triggers/message-status.trigger';

export { twilioCredential, twilioSendSms, twilioInboundSms, twilioMessageStatus };
export { verifyTwilioSignature, expectedTwilioSignature } from './triggers/request-signature';
export { toTwilioError } from './client';

export const nodes: AnyNodeDefinition[] = [twilioSendSms, twilioInboundSms, twilioMessageStatus];
export const credentials: CredentialType[] = [twilioCredential];
