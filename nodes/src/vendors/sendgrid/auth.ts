import { defineCredential, Prop } from '@ainow/engine/sdk';

/**
 * SendGrid API key credential (vendor-contracts §7): `Authorization: Bearer SG.…`.
 *
 * @example
 * { type: 'sendgrid', values: { apiKey: 'SG.xxxx' } }
 */
export const sendGridCredential = defineCredential({
  name: 'sendgrid',
  displayName: 'SendGrid API key',
  docsUrl: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
  fields: {
    apiKey: Prop.text({
      label: 'API key',
      required: true,
      secret: true,
      placeholder: 'SG.xxxxxxxx',
      help: 'Create it under Settings → API Keys with Mail Send (and Template Engine read, for the template list).',
    }),
  },
  baseUrl: { default: 'https://api.sendgrid.com', simulator: 'sendgrid' },
  authenticate: (values, request) => ({
    ...request,
    headers: { ...request.headers, Authorization: `Bearer ${String(values.apiKey ?? '')}` },
  }),
  test: { method: 'GET', url: '/v3/scopes' },
});
