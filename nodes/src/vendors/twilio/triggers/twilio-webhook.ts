import { Prop, type WebhookContext, type WebhookRequest } from '@ainow/engine/sdk';
import { verifyTwilioSignature, type FormParams } from './request-signature';

/**
 * What Twilio's inbound-SMS and status-callback triggers share: reading the form parameters,
 * the URL Twilio signed (which a proxy may hide), and the signature check.
 *
 * @example
 * webhook: { verify: verifyTwilioWebhook, toItems: (req) => [{ json: twilioParams(req) }] }
 */
export const publicUrlProp = Prop.text({
  label: 'Public webhook URL',
  help: 'The URL exactly as entered in Twilio. Needed only when a proxy changes the address this server sees.',
});

export function twilioParams(request: WebhookRequest): FormParams {
  if (typeof request.body === 'object' && request.body !== null && !Array.isArray(request.body)) {
    return request.body as FormParams;
  }
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(request.rawBody)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

function signatureHeader(request: WebhookRequest): string | undefined {
  const key = Object.keys(request.headers).find((k) => k.toLowerCase() === 'x-twilio-signature');
  return key === undefined ? undefined : request.headers[key];
}

export function verifyTwilioWebhook(request: WebhookRequest, ctx: WebhookContext): string | undefined {
  const publicUrl =
    typeof ctx.props.publicUrl === 'string' && ctx.props.publicUrl.trim()
      ? ctx.props.publicUrl.trim()
      : undefined;
  // A public URL given without a query string keeps the query Twilio added (bodySHA256, custom params).
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
  const url = publicUrl ? (publicUrl.includes('?') ? publicUrl : publicUrl + query) : request.url;
  const isJson = (
    Object.entries(request.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? ''
  ).includes('json');
  return verifyTwilioSignature({
    authToken: String(ctx.credential?.values.authToken ?? ''),
    signature: signatureHeader(request),
    url,
    params: isJson ? {} : twilioParams(request),
    rawBody: request.rawBody,
  });
}
