/**
 * Checks a `POST …/Messages.json` form the way Twilio does (vendor-contracts §9.1) and returns
 * the first problem as Twilio's error body, or undefined.
 *
 * @example
 * validateMessage({ Body: 'hi' }, account); // { code: 21604, message: "A 'To' phone number is required.", ... }
 */
export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

export interface TwilioAccountState {
  phoneNumbers: string[];
  messagingServiceSids: string[];
  optedOut: string[];
}

export function twilioError(status: number, code: number, message: string): TwilioErrorBody {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

const E164 = /^(whatsapp:)?\+[1-9]\d{6,14}$/;

const one = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

export function validateMessage(
  form: Record<string, string | string[]>,
  account: TwilioAccountState,
): TwilioErrorBody | undefined {
  const to = one(form.To);
  const from = one(form.From);
  const service = one(form.MessagingServiceSid);
  const body = one(form.Body);
  const media = form.MediaUrl;
  if (!to) return twilioError(400, 21604, "A 'To' phone number is required.");
  if (!E164.test(to)) return twilioError(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
  if (!from && !service) return twilioError(400, 21603, "A 'From' phone number is required.");
  if (service && !account.messagingServiceSids.includes(service)) {
    return twilioError(400, 21701, `The Messaging Service Sid ${service} is invalid.`);
  }
  if (from && !account.phoneNumbers.includes(from.replace(/^whatsapp:/, ''))) {
    return twilioError(
      400,
      21606,
      `The From phone number ${from} is not a valid, SMS-capable inbound phone number or short code for your account.`,
    );
  }
  if (!body && !media && !one(form.ContentSid)) return twilioError(400, 21602, 'Message body is required.');
  if (body && body.length > 1600)
    return twilioError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
  if ((Array.isArray(media) ? media.length : media ? 1 : 0) > 10)
    return twilioError(400, 21623, 'Too many media URLs: at most 10.');
  const callback = one(form.StatusCallback);
  if (callback && !/^https?:\/\/[^\s]+$/.test(callback)) {
    return twilioError(400, 21609, `The StatusCallback URL ${callback} is not a valid URL.`);
  }
  if (account.optedOut.includes(to))
    return twilioError(400, 21610, 'Attempt to send to unsubscribed recipient');
  return undefined;
}

/** GSM-7 messages fit 160 characters (153 per part); anything else is UCS-2 (70, 67 per part). */
export function segmentsOf(body: string): number {
  const gsm =
    /^[A-Za-z0-9 \r\n@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&'()*+,\-./:;<=>?¡ÄÖÑÜ§¿äöñüà^{}\\[~\]|€]*$/.test(
      body,
    );
  const [single, part] = gsm ? [160, 153] : [70, 67];
  return body.length <= single ? 1 : Math.ceil(body.length / part);
}
