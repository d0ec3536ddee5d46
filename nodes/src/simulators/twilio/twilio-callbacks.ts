import { segmentsOf } from './message-create.validation';

/**
 * The form parameters of the posts Twilio sends to our webhooks (vendor-contracts §9.2): status
 * callbacks for sent messages and inbound SMS.
 *
 * @example
 * statusCallbackParams(message, 'delivered'); // { MessageSid, MessageStatus: 'delivered', ... }
 */
export interface CallbackMessage {
  account_sid?: unknown;
  sid: string;
  from: string | null;
  to: string;
  messaging_service_sid?: unknown;
}

export function statusCallbackParams(
  message: CallbackMessage,
  status: string,
  errorCode?: number,
): Record<string, string> {
  return {
    AccountSid: String(message.account_sid ?? ''),
    ApiVersion: '2010-04-01',
    From: String(message.from ?? ''),
    MessageSid: message.sid,
    MessageStatus: status,
    SmsSid: message.sid,
    SmsStatus: status,
    To: message.to,
    ...(message.messaging_service_sid ? { MessagingServiceSid: String(message.messaging_service_sid) } : {}),
    ...(errorCode ? { ErrorCode: String(errorCode) } : {}),
  };
}

export function inboundSmsParams(
  accountSid: string,
  sid: string,
  message: { from: string; to: string; body: string; mediaUrls?: string[] },
): Record<string, string> {
  const params: Record<string, string> = {
    AccountSid: accountSid,
    ApiVersion: '2010-04-01',
    Body: message.body,
    From: message.from,
    FromCity: 'SAN FRANCISCO',
    FromCountry: 'US',
    MessageSid: sid,
    NumMedia: String(message.mediaUrls?.length ?? 0),
    NumSegments: String(segmentsOf(message.body)),
    SmsMessageSid: sid,
    SmsSid: sid,
    SmsStatus: 'received',
    To: message.to,
  };
  (message.mediaUrls ?? []).forEach((url, i) => (params[`MediaUrl${i}`] = url));
  return params;
}
