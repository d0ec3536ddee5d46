import { defineCredential, Prop } from '@ainow/engine/sdk';

/**
 * HubSpot private app access token (vendor-contracts.md section 10), sent as
 * `Authorization: Bearer pat-...`. Scopes needed: crm.objects.contacts.read/write,
 * crm.objects.deals.read/write, crm.schemas.contacts.read, crm.schemas.deals.read.
 *
 * @example
 * { "type": "hubspot", "values": { "accessToken": "pat-na1-..." } }
 */
export const hubSpotCredential = defineCredential({
  name: 'hubspot',
  displayName: 'HubSpot private app token',
  docsUrl: 'https://developers.hubspot.com/docs/api/private-apps',
  fields: {
    accessToken: Prop.text({
      label: 'Access token',
      required: true,
      secret: true,
      placeholder: 'pat-na1-...',
    }),
  },
  baseUrl: { default: 'https://api.hubapi.com', simulator: 'hubspot' },
  authenticate: (values, request) => ({
    ...request,
    headers: { ...request.headers, Authorization: `Bearer ${String(values.accessToken ?? '')}` },
  }),
  test: { method: 'GET', url: '/crm/v3/objects/contacts', query: { limit: 1 } },
});
