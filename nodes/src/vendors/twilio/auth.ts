import { defineCredential, Prop, type CredentialValues } from '@ainow/engine/sdk';

/**
 * Twilio credential (vendor-contracts §9): HTTP Basic with the Account SID and Auth Token, or
 * with an API key (SK…) and its secret. The Auth Token is always needed to check the
 * `X-Twilio-Signature` of webhooks.
 *
 * @example
 * { type: 'twilio', values: { accountSid: 'AC…', authToken: '…' } }
 */
export function twilioAuthorization(values: CredentialValues): string {
  const user = values.apiKeySid ? String(values.apiKeySid) : String(values.accountSid ?? '');
  const secret = values.apiKeySid ? String(values.apiKeySecret ?? '') : String(values.authToken ?? '');
  return `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
}

export const twilioCredential = defineCredential({
  name: 'twilio',
  displayName: 'Twilio account',
  docsUrl: 'https://www.twilio.com/docs/iam/api/authentication',
  fields: {
    accountSid: Prop.text({ label: 'Account SID', required: true, placeholder: 'AC…' }),
    authToken: Prop.text({
      label: 'Auth Token',
      required: true,
      secret: true,
      help: 'Also used to check the signature of incoming Twilio webhooks.',
    }),
    apiKeySid: Prop.text({
      label: 'API key SID (optional)',
      placeholder: 'SK…',
      help: 'Use an API key instead of the Auth Token for API calls.',
    }),
    apiKeySecret: Prop.text({ label: 'API key secret', secret: true }),
  },
  baseUrl: { default: 'https://api.twilio.com', simulator: 'twilio' },
  authenticate: (values, request) => ({
    ...request,
    headers: { ...request.headers, Authorization: twilioAuthorization(values) },
  }),
  async test(values, helpers) {
    await helpers.fetchJson({
      url: `/2010-04-01/Accounts/${encodeURIComponent(String(values.accountSid ?? ''))}.json`,
      headers: { Authorization: twilioAuthorization(values) },
    });
  },
});
