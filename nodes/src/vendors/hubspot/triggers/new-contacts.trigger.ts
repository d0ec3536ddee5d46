import { defineTrigger, NodeError, Prop } from '@ainow/engine/sdk';
import { contactItem, HUBSPOT_SEARCH_RATE_LIMIT, loadPropertyOptions, type HubSpotObject } from '../client';
import { contactSample } from '../contact-fields';
import { contactsFound, MAX_SEARCH_FILTERS, searchFiltersProp, toSearchFilters } from '../contact-search';

/**
 * HubSpot › New or updated contacts (polling): on each check, searches contacts created (or
 * modified) since the last one it emitted, oldest first, and starts one run with them. The cursor
 * (the newest time seen and the ids at that time) is kept in the node's state, so no contact
 * starts two runs for the same change. The first check looks back `lookbackHours` (0: only what
 * comes after activation). A manual run shows what the next check would fetch, without moving
 * the cursor.
 *
 * @example
 * { "type": "hubspot.newContacts", "parameters": { "event": "created", "pollMinutes": 5,
 *   "filters": [{ "property": "hs_lead_status", "operator": "NOT_HAS_PROPERTY" }] } }
 */
interface Cursor {
  property: string;
  /** Epoch ms of the newest contact emitted. */
  at: number;
  /** The contacts emitted whose time is exactly `at`. */
  ids: string[];
}

const PAGE_SIZE = 100;

function timeOf(contact: HubSpotObject, property: string): number {
  const raw =
    contact.properties[property] ?? (property === 'createdate' ? contact.createdAt : contact.updatedAt);
  const ms = /^\d+$/.test(raw ?? '') ? Number(raw) : Date.parse(raw ?? '');
  return Number.isFinite(ms) ? ms : 0;
}

export const newContacts = defineTrigger({
  type: 'hubspot.newContacts',
  version: 1,
  displayName: 'HubSpot: new or updated contacts',
  description: 'Checks HubSpot on an interval and starts a run with the contacts created (or updated) since',
  category: 'Triggers',
  icon: 'hubspot',
  docsUrl: 'https://developers.hubspot.com/docs/api/crm/search',
  trigger: { kind: 'poll', pollIntervalMs: 5 * 60_000 },
  credential: { type: 'hubspot', required: true },
  effect: 'read',
  rateLimit: HUBSPOT_SEARCH_RATE_LIMIT,
  props: {
    event: Prop.options({
      label: 'Start a run for',
      default: 'created',
      options: [
        { value: 'created', label: 'New contacts' },
        { value: 'updated', label: 'New or updated contacts' },
      ],
    }),
    filters: searchFiltersProp('Only contacts that match (all must match)'),
    properties: Prop.multiOptions({ label: 'Properties to return', loadOptions: 'contactProperties' }),
    pollMinutes: Prop.number({ label: 'Check every (minutes)', default: 5, min: 1, max: 1440 }),
    lookbackHours: Prop.number({
      label: 'First check looks back (hours)',
      default: 0,
      min: 0,
      max: 720,
      help: '0: only contacts that appear after the workflow is activated.',
    }),
    maxPerCheck: Prop.number({ label: 'At most per check', default: 500, min: 1, max: 5000 }),
  },
  outputSample: contactSample,
  loadOptions: { contactProperties: (ctx) => loadPropertyOptions(ctx, 'contacts') },
  validate(props) {
    const filters = Array.isArray(props.filters) ? props.filters.length : 0;
    return filters > MAX_SEARCH_FILTERS - 1
      ? [
          `HubSpot takes ${MAX_SEARCH_FILTERS} filters per search and this trigger uses one: keep at most ${MAX_SEARCH_FILTERS - 1}`,
        ]
      : [];
  },
  async poll(ctx) {
    const p = ctx.props;
    const property = p.event === 'updated' ? 'lastmodifieddate' : 'createdate';
    const stored = await ctx.state.get<Cursor>('cursor');
    const cursor: Cursor =
      stored?.property === property
        ? stored
        : { property, at: Date.now() - Math.max(0, p.lookbackHours ?? 0) * 3_600_000, ids: [] };
    const filters = toSearchFilters(p.filters);
    if (filters.length > MAX_SEARCH_FILTERS - 1)
      throw new NodeError(`HubSpot: new contacts takes at most ${MAX_SEARCH_FILTERS - 1} filters`, {
        code: 'invalid_request',
      });
    const max = Math.min(5000, Math.max(1, Math.trunc(p.maxPerCheck ?? 500)));
    const base = {
      filterGroups: [
        { filters: [{ propertyName: property, operator: 'GTE', value: String(cursor.at) }, ...filters] },
      ],
      sorts: [{ propertyName: property, direction: 'ASCENDING' }],
      ...(p.properties?.length ? { properties: [...new Set([...p.properties, property])] } : {}),
      limit: PAGE_SIZE,
    };
    const seen = new Set(cursor.ids);
    const fresh: HubSpotObject[] = [];
    for await (const contact of contactsFound(ctx.http, base)) {
      if (!seen.has(contact.id)) fresh.push(contact);
      if (fresh.length >= max) break;
    }

    let next = cursor;
    for (const contact of fresh) {
      const at = timeOf(contact, property);
      if (at > next.at) next = { property, at, ids: [contact.id] };
      else if (at === next.at) next = { ...next, ids: [...next.ids, contact.id] };
    }
    if (next !== stored) await ctx.state.set('cursor', next);
    return fresh.map((contact) => ({ json: contactItem(contact) }));
  },
});
