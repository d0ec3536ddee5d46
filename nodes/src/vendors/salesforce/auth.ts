import { defineCredential, Prop } from '@ainow/engine/sdk';
import { RENEW_SESSION_HEADER, salesforceSession } from './salesforce-session';

/**
 * Salesforce connected-app credential (vendor-contracts §11): OAuth2 client credentials or a
 * refresh token. The base URL is the login host (`https://login.salesforce.com`, `https://test.salesforce.com`
 * for sandboxes, or the org's My Domain, which client credentials require); API calls go to the
 * `instance_url` from the token answer.
 *
 * @example
 * { type: 'salesforce', values: { grantType: 'client_credentials', clientId: '3MVG…', clientSecret: '…' } }
 */
function onInstance(url: string, loginBase: string, instanceUrl: string): string {
  if (/^https?:\/\//i.test(url)) {
    const login = loginBase.replace(/\/+$/, '');
    return login && url.startsWith(login) ? instanceUrl + url.slice(login.length) : url;
  }
  return instanceUrl + (url.startsWith('/') ? url : `/${url}`);
}

export const salesforceCredential = defineCredential({
  name: 'salesforce',
  displayName: 'Salesforce connected app',
  docsUrl: 'https://help.salesforce.com/s/articleView?id=sf.connected_app_client_credentials_setup.htm',
  fields: {
    grantType: Prop.options({
      label: 'Sign-in method',
      default: 'client_credentials' as const,
      options: [
        { value: 'client_credentials', label: 'Client credentials (run-as user)' },
        { value: 'refresh_token', label: 'Refresh token' },
      ] as const,
    }),
    clientId: Prop.text({ label: 'Consumer key', required: true }),
    clientSecret: Prop.text({
      label: 'Consumer secret',
      secret: true,
      help: 'Required for client credentials.',
    }),
    refreshToken: Prop.text({
      label: 'Refresh token',
      secret: true,
      showIf: { grantType: ['refresh_token'] },
    }),
    apiVersion: Prop.text({ label: 'API version', default: '62.0' }),
    sessionMinutes: Prop.number({
      label: 'Session timeout (minutes)',
      default: 120,
      help: 'As set in Setup → Session Settings; the token is renewed shortly before.',
    }),
  },
  baseUrl: { default: 'https://login.salesforce.com', simulator: 'salesforce' },
  async authenticate(values, request, helpers) {
    const headers = { ...request.headers };
    const renew = Object.keys(headers).some((k) => k.toLowerCase() === RENEW_SESSION_HEADER);
    for (const k of Object.keys(headers)) if (k.toLowerCase() === RENEW_SESSION_HEADER) delete headers[k];
    const session = await salesforceSession(values, helpers, renew);
    return {
      ...request,
      url: onInstance(request.url, helpers.baseUrl, session.instanceUrl),
      headers: { ...headers, Authorization: `Bearer ${session.accessToken}` },
    };
  },
  async test(values, helpers) {
    const session = await salesforceSession(values, helpers, true);
    const version = String(values.apiVersion || '62.0').replace(/^v/, '');
    await helpers.fetchJson({
      url: `${session.instanceUrl}/services/data/v${version}/limits`,
      headers: { Authorization: `Bearer ${session.accessToken}` },
    });
  },
});
