import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookRequest } from '@ainow/engine/sdk';

/**
 * Checks a webhook request against the trigger's `auth` setting. Returns what is wrong (for the
 * 401 answer and the log) or undefined when the request is authentic. All comparisons take
 * constant time.
 *
 * - `headerToken`: header `headerName` (default `X-Webhook-Token`) must equal `token`;
 *   `Authorization: Bearer <token>` is accepted when the header name is `Authorization`.
 * - `basic`: `Authorization: Basic base64(username:password)`.
 * - `hmac`: header `signatureHeader` (default `X-Signature-256`) holds HMAC-SHA256 of the raw
 *   body with `secret`, hex or base64, optionally prefixed `sha256=` (GitHub style).
 *
 * @example
 * verifyWebhook(request, { auth: 'hmac', secret: 's3cret' }); // undefined, or 'signature does not match'
 */
export type WebhookAuth = 'none' | 'headerToken' | 'basic' | 'hmac';

export interface WebhookAuthProps {
  auth?: WebhookAuth;
  headerName?: string;
  token?: string;
  username?: string;
  password?: string;
  signatureHeader?: string;
  secret?: string;
  signatureEncoding?: 'hex' | 'base64';
}

export function headerOf(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? value.join(', ') : value;
  }
  return undefined;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  // Compare against itself when lengths differ so the time taken does not depend on the secret.
  return x.length === y.length ? timingSafeEqual(x, y) : (timingSafeEqual(y, y), false);
}

export function verifyWebhook(request: WebhookRequest, props: WebhookAuthProps): string | undefined {
  switch (props.auth ?? 'none') {
    case 'none':
      return undefined;
    case 'headerToken': {
      const name = props.headerName?.trim() || 'X-Webhook-Token';
      if (!props.token) return 'the webhook expects a token but none is configured on the trigger';
      let given = headerOf(request.headers, name);
      if (given === undefined) return `missing header ${name}`;
      if (name.toLowerCase() === 'authorization') given = given.replace(/^Bearer\s+/i, '');
      return sameText(given, props.token) ? undefined : `header ${name} does not hold the expected token`;
    }
    case 'basic': {
      const header = headerOf(request.headers, 'authorization');
      const match = header ? /^Basic\s+(.+)$/i.exec(header.trim()) : null;
      if (!match) return 'missing Authorization: Basic header';
      const expected = `${props.username ?? ''}:${props.password ?? ''}`;
      return sameText(Buffer.from(match[1], 'base64').toString('utf8'), expected)
        ? undefined
        : 'user name or password is wrong';
    }
    case 'hmac': {
      const name = props.signatureHeader?.trim() || 'X-Signature-256';
      if (!props.secret) return 'the webhook expects a signature but no secret is configured on the trigger';
      const header = headerOf(request.headers, name);
      if (!header) return `missing signature header ${name}`;
      const given = header.trim().replace(/^sha256=/i, '');
      const digest = createHmac('sha256', props.secret)
        .update(request.rawBody ?? '', 'utf8')
        .digest();
      const expected =
        props.signatureEncoding === 'base64' ? digest.toString('base64') : digest.toString('hex');
      const normalised = props.signatureEncoding === 'base64' ? given : given.toLowerCase();
      return sameText(normalised, expected) ? undefined : `signature in ${name} does not match the body`;
    }
    default:
      return `unknown webhook auth '${String(props.auth)}'; use none, headerToken, basic or hmac`;
  }
}
