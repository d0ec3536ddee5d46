import { defineCredential, NodeError, Prop } from '@ainow/engine/sdk';

/**
 * ZeroBounce API key (vendor-contracts.md section 6): `api_key` as a query parameter on GET, or a
 * field of the JSON body on POST. The base URL may be set to a regional host
 * (`https://api-us.zerobounce.net`, `https://api-eu.zerobounce.net`).
 * `getcredits` answers a bad key with `"Credits": "-1"`, which the test checks.
 *
 * @example
 * { "type": "zerobounce", "values": { "apiKey": "..." } }
 */
export const zeroBounceCredential = defineCredential({
  name: 'zerobounce',
  displayName: 'ZeroBounce API key',
  docsUrl: 'https://www.zerobounce.net/docs/email-validation-api-quickstart/',
  fields: {
    apiKey: Prop.text({ label: 'API key', required: true, secret: true }),
  },
  baseUrl: { default: 'https://api.zerobounce.net', simulator: 'zerobounce' },
  authenticate: (values, request) => {
    const key = String(values.apiKey ?? '');
    const body = request.body;
    if (body && typeof body === 'object' && !Array.isArray(body)) {
      return { ...request, body: { ...(body as Record<string, unknown>), api_key: key } };
    }
    return { ...request, query: { ...request.query, api_key: key } };
  },
  async test(values, helpers) {
    const answer = (await helpers.fetchJson({
      method: 'GET',
      url: '/v2/getcredits',
      query: { api_key: String(values.apiKey ?? '') },
    })) as {
      Credits?: string;
    };
    if (Number(answer?.Credits ?? -1) < 0)
      throw new NodeError('ZeroBounce rejected the API key (getcredits returned -1)', {
        code: 'auth_failed',
      });
  },
});
