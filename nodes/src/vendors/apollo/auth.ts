import { defineCredential, Prop } from '@ainow/engine/sdk';

/**
 * Apollo.io API key (vendor-contracts.md section 1): sent as `x-api-key`. The test runs a
 * one-row people search, which costs no credits.
 *
 * @example
 * { "type": "apollo", "values": { "apiKey": "..." } }
 */
export const apolloCredential = defineCredential({
  name: 'apollo',
  displayName: 'Apollo.io API key',
  docsUrl: 'https://docs.apollo.io/reference/authentication',
  fields: {
    apiKey: Prop.text({
      label: 'API key',
      required: true,
      secret: true,
      help: 'Settings → Integrations → API in Apollo',
    }),
  },
  baseUrl: { default: 'https://api.apollo.io', simulator: 'apollo' },
  authenticate: (values, request) => ({
    ...request,
    headers: { 'Cache-Control': 'no-cache', ...request.headers, 'x-api-key': String(values.apiKey ?? '') },
  }),
  test: { method: 'POST', url: '/api/v1/mixed_people/api_search', body: { per_page: 1 } },
});
