import { defineCredential, Prop } from '@ainow/engine/sdk';

/**
 * Pipedrive API token credential (vendor-contracts §12): sent as the `x-api-token` header, as
 * the official SDK does. Company-domain accounts may set the base URL to
 * `https://<company>.pipedrive.com`.
 *
 * @example
 * { type: 'pipedrive', values: { apiToken: '…' } }
 */
export const pipedriveCredential = defineCredential({
  name: 'pipedrive',
  displayName: 'Pipedrive API token',
  docsUrl: 'https://pipedrive.readme.io/docs/how-to-find-the-api-token',
  fields: {
    apiToken: Prop.text({
      label: 'API token',
      required: true,
      secret: true,
      help: 'Personal preferences → API in Pipedrive.',
    }),
  },
  baseUrl: { default: 'https://api.pipedrive.com', simulator: 'pipedrive' },
  authenticate: (values, request) => ({
    ...request,
    headers: { ...request.headers, 'x-api-token': String(values.apiToken ?? '') },
  }),
  test: { method: 'GET', url: '/v1/users/me' },
});
