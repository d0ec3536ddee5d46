import { defineCredential, NodeError, Prop } from '@ainow/engine/sdk';

/**
 * Acme Helpdesk API token: sent as `Authorization: Bearer <token>`. `baseUrl.simulator` names the
 * simulator that stands in for Acme in sandbox runs (`ainow run FILE --sandbox`); a person can
 * also point the credential at a proxy or a staging Acme by changing its base URL.
 *
 * @example
 * { "type": "acme", "values": { "apiToken": "acme_live_..." } }
 */
export const acmeCredential = defineCredential({
  name: 'acme',
  displayName: 'Acme Helpdesk API token',
  docsUrl: 'https://github.com/ainow/ainow/tree/main/examples/plugin-acme#readme',
  fields: {
    apiToken: Prop.text({
      label: 'API token',
      required: true,
      secret: true,
      placeholder: 'acme_live_...',
      help: 'Acme → Settings → API → Create token',
    }),
  },
  baseUrl: { default: 'https://api.acme-helpdesk.example', simulator: 'acme' },
  authenticate: (values, request) => ({
    ...request,
    headers: { ...request.headers, authorization: `Bearer ${String(values.apiToken ?? '')}` },
  }),
  async test(values, helpers) {
    const me = (await helpers.fetchJson({
      method: 'GET',
      url: '/api/v2/me',
      headers: { authorization: `Bearer ${String(values.apiToken ?? '')}` },
    })) as { account?: { name?: string } } | undefined;
    if (!me?.account) throw new NodeError('Acme did not recognise the API token', { code: 'auth_failed' });
  },
});
