import { defineCredential, NodeError, Prop } from '@ainow/engine/sdk';

/**
 * NeverBounce API key (vendor-contracts.md section 5): the `key` parameter, in the JSON body of a
 * POST or the query of a GET. NeverBounce answers a bad key with HTTP 200
 * `status: auth_failure`, so the test reads the status rather than the HTTP code.
 *
 * @example
 * { "type": "neverbounce", "values": { "apiKey": "secret_..." } }
 */
export const neverBounceCredential = defineCredential({
  name: 'neverbounce',
  displayName: 'NeverBounce API key',
  docsUrl: 'https://developers.neverbounce.com/reference/authentication',
  fields: {
    apiKey: Prop.text({
      label: 'API key',
      required: true,
      secret: true,
      placeholder: 'secret_...',
      help: 'A V4 key (V3 keys are refused)',
    }),
  },
  baseUrl: { default: 'https://api.neverbounce.com', simulator: 'neverbounce' },
  authenticate: (values, request) => {
    const key = String(values.apiKey ?? '');
    const body = request.body;
    if (body && typeof body === 'object' && !Array.isArray(body) && request.method !== 'GET') {
      return { ...request, body: { ...(body as Record<string, unknown>), key } };
    }
    return { ...request, query: { ...request.query, key } };
  },
  async test(values, helpers) {
    const answer = (await helpers.fetchJson({
      method: 'GET',
      url: '/v4.2/account/info',
      query: { key: String(values.apiKey ?? '') },
    })) as {
      status?: string;
      message?: string;
    };
    if (answer?.status !== 'success') {
      throw new NodeError(
        `NeverBounce refused the key: ${answer?.message ?? answer?.status ?? 'no answer'}`,
        { code: 'auth_failed' },
      );
    }
  },
});
