import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Checks `X-Twilio-Signature` (vendor-contracts §9.3): base64 HMAC-SHA1, keyed with the Auth
 * Token, of the full URL followed by the sorted form parameters (`name + value`). Like Twilio's
 * SDK it accepts the URL with or without an explicit default port, and for JSON posts checks
 * the `bodySHA256` query parameter against the raw body.
 *
 * @example
 * verifyTwilioSignature({ authToken, signature, url, params }); // undefined when authentic
 */
export type FormParams = Record<string, string | string[]>;

export function expectedTwilioSignature(authToken: string, url: string, params: FormParams = {}): string {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    for (const v of Array.isArray(value) ? [...new Set(value)].sort() : [value]) data += name + v;
  }
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

/** The URL with its port removed and with the default port added (Twilio signs either), also normalised. */
function urlVariants(url: string): string[] {
  const variants = (u: string): string[] => {
    const match = /^(https?):\/\/([^/:?#]+)(?::(\d+))?(.*)$/i.exec(u);
    if (!match) return [u];
    const [, scheme, host, port, rest] = match;
    const defaultPort = scheme.toLowerCase() === 'https' ? '443' : '80';
    return [u, port ? `${scheme}://${host}${rest}` : `${scheme}://${host}:${defaultPort}${rest}`];
  };
  let normalised = url;
  try {
    normalised = new URL(url).toString();
  } catch {
    // not a URL: only the text as given can match
  }
  return [...new Set([...variants(url), ...variants(normalised)])];
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface TwilioSignedRequest {
  authToken: string;
  signature: string | undefined;
  /** The full URL Twilio called, as configured in Twilio. */
  url: string;
  params: FormParams;
  rawBody?: string;
}

export function verifyTwilioSignature(request: TwilioSignedRequest): string | undefined {
  if (!request.authToken) return 'the Twilio credential has no Auth Token to check the signature with';
  if (!request.signature) return 'missing header X-Twilio-Signature: the request did not come from Twilio';
  const bodyHash = /[?&]bodySHA256=([^&#]+)/.exec(request.url)?.[1];
  const params = bodyHash ? {} : request.params;
  const ok = urlVariants(request.url).some((u) =>
    same(expectedTwilioSignature(request.authToken, u, params), request.signature!),
  );
  if (!ok) {
    return `the X-Twilio-Signature does not match: check that the URL configured in Twilio is exactly ${request.url} and that the Auth Token is the account's current one`;
  }
  if (bodyHash) {
    const actual = createHash('sha256')
      .update(request.rawBody ?? '')
      .digest('hex');
    if (!same(actual, decodeURIComponent(bodyHash).toLowerCase()))
      return 'the body does not match its bodySHA256 parameter';
  }
  return undefined;
}
