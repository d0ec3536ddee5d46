import { defineCredential, Prop, type CredentialValues } from '@ainow/engine/sdk';

/**
 * Mailgun credential (vendor-contracts §8): HTTP Basic with user `api` and the private API key,
 * the sending domain, and the webhook signing key that verifies event posts.
 * EU accounts set the base URL to `https://api.eu.mailgun.net`.
 *
 * @example
 * { type: 'mailgun', values: { apiKey: 'key-…', domain: 'mg.acme.com', webhookSigningKey: '…' } }
 */
export function mailgunAuthorization(values: CredentialValues): string {
  return `Basic ${Buffer.from(`api:${String(values.apiKey ?? '')}`).toString('base64')}`;
}

export const mailgunCredential = defineCredential({
  name: 'mailgun',
  displayName: 'Mailgun API key',
  docsUrl: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/',
  fields: {
    apiKey: Prop.text({ label: 'Private API key', required: true, secret: true }),
    domain: Prop.text({ label: 'Sending domain', required: true, placeholder: 'mg.yourcompany.com' }),
    webhookSigningKey: Prop.text({
      label: 'Webhook signing key',
      secret: true,
      help: 'Under Sending → Webhooks; needed only for the email events trigger.',
    }),
  },
  baseUrl: { default: 'https://api.mailgun.net', simulator: 'mailgun' },
  authenticate: (values, request) => ({
    ...request,
    headers: { ...request.headers, Authorization: mailgunAuthorization(values) },
  }),
  async test(values, helpers) {
    await helpers.fetchJson({
      url: `/v3/domains/${encodeURIComponent(String(values.domain ?? ''))}`,
      headers: { Authorization: mailgunAuthorization(values) },
    });
  },
});
