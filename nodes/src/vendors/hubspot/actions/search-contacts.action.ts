import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { contactItem, HUBSPOT_SEARCH_RATE_LIMIT, loadPropertyOptions, type HubSpotObject } from '../client';
import { contactSample } from '../contact-fields';
import { contactsFound, MAX_SEARCH_FILTERS, searchFiltersProp, toSearchFilters } from '../contact-search';

/**
 * HubSpot contact search (`POST /crm/v3/objects/contacts/search`): filters ANDed together, an
 * optional text query, pages with the `after` cursor (200 a page) up to `maxResults`; one item per
 * contact. HubSpot allows 5 searches a second and at most 10,000 results per search.
 *
 * @example
 * { "type": "hubspot.searchContacts", "parameters": { "filters": [{ "property": "email", "operator": "EQ", "value": "{{ $json.email }}" }] } }
 */

export const searchContacts = defineNode({
  type: 'hubspot.searchContacts',
  version: 1,
  displayName: 'HubSpot: search contacts',
  description: 'Finds HubSpot contacts by property filters; one item per contact',
  category: 'CRM',
  icon: 'hubspot',
  docsUrl: 'https://developers.hubspot.com/docs/api/crm/search',
  credential: { type: 'hubspot', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: HUBSPOT_SEARCH_RATE_LIMIT,
  props: {
    filters: searchFiltersProp('Filters (all must match)'),
    query: Prop.text({ label: 'Text search', help: 'Matches name, email, phone and company' }),
    properties: Prop.multiOptions({ label: 'Properties to return', loadOptions: 'contactProperties' }),
    sortBy: Prop.text({ label: 'Sort by property', placeholder: 'createdate' }),
    descending: Prop.boolean({ label: 'Newest first', default: false }),
    maxResults: Prop.number({ label: 'Max results', default: 100, min: 1, max: 10_000 }),
  },
  outputSample: contactSample,
  loadOptions: { contactProperties: (ctx) => loadPropertyOptions(ctx, 'contacts') },
  async runItem(ctx) {
    const p = ctx.props;
    const filters = toSearchFilters(p.filters);
    if (filters.length > MAX_SEARCH_FILTERS)
      throw new NodeError(`HubSpot: search contacts takes at most ${MAX_SEARCH_FILTERS} filters`, {
        code: 'invalid_request',
      });
    const maxResults = Math.min(10_000, Math.max(1, Math.trunc(p.maxResults)));
    const limit = Math.min(200, maxResults);
    const base = {
      filterGroups: filters.length ? [{ filters }] : [],
      ...(p.query ? { query: p.query } : {}),
      ...(p.properties?.length ? { properties: p.properties } : {}),
      ...(p.sortBy
        ? { sorts: [{ propertyName: p.sortBy, direction: p.descending ? 'DESCENDING' : 'ASCENDING' }] }
        : {}),
      limit,
    };
    const found: HubSpotObject[] = [];
    for await (const contact of contactsFound(ctx.http, base)) {
      found.push(contact);
      if (found.length >= maxResults) break;
    }
    return found.map((contact) => ({ json: contactItem(contact) }));
  },
});
