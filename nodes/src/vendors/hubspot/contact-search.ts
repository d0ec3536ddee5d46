import { Prop, type HttpClient, type PropDef } from '@ainow/engine/sdk';
import { hubSpotCall, type HubSpotObject } from './client';

/**
 * HubSpot's contact search (`POST /crm/v3/objects/contacts/search`) as the search action and the
 * new-contacts trigger use it: the filters field, its operators, and reading the results.
 */

/** The operators of HubSpot's CRM search that a person can pick for a filter. */
export const SEARCH_OPERATORS = [
  'EQ',
  'NEQ',
  'LT',
  'LTE',
  'GT',
  'GTE',
  'CONTAINS_TOKEN',
  'NOT_CONTAINS_TOKEN',
  'HAS_PROPERTY',
  'NOT_HAS_PROPERTY',
] as const;

export type SearchFilterValues = Array<{ property: string; operator?: string; value?: string }>;

export interface SearchFilter {
  propertyName: string;
  operator: string;
  value?: string;
}

/** HubSpot takes at most 6 filters in a filter group. */
export const MAX_SEARCH_FILTERS = 6;

/** The "filters" list field: property (from the portal's list), operator and value. */
export function searchFiltersProp(label: string): PropDef<'list', SearchFilterValues, false> {
  return Prop.list({
    label,
    fields: {
      property: Prop.options({ label: 'Property', required: true, loadOptions: 'contactProperties' }),
      operator: Prop.options({
        label: 'Operator',
        default: 'EQ',
        options: SEARCH_OPERATORS.map((o) => ({ value: o, label: o })),
      }),
      value: Prop.text({ label: 'Value' }),
    },
  }) as PropDef<'list', SearchFilterValues, false>;
}

/** The filters as HubSpot's search body wants them (no value for the HAS_PROPERTY operators). */
export function toSearchFilters(values: SearchFilterValues | undefined): SearchFilter[] {
  return (values ?? []).map((f) => {
    const operator = f.operator ?? 'EQ';
    return {
      propertyName: f.property,
      operator,
      ...(operator === 'HAS_PROPERTY' || operator === 'NOT_HAS_PROPERTY' ? {} : { value: f.value ?? '' }),
    };
  });
}

interface SearchPage {
  total?: number;
  results: HubSpotObject[];
  paging?: { next?: { after?: string } };
}

/**
 * Contacts matching a search body, page after page (HubSpot's `after` cursor); stop reading
 * (`break`) once you have what you need, and no further page is asked for.
 *
 * @example
 * for await (const contact of contactsFound(ctx.http, { filterGroups: [], limit: 200 })) found.push(contact);
 */
export async function* contactsFound(
  http: HttpClient,
  body: Record<string, unknown>,
): AsyncGenerator<HubSpotObject> {
  let after: string | undefined;
  do {
    const page = await hubSpotCall<SearchPage>(http, {
      method: 'POST',
      url: '/crm/v3/objects/contacts/search',
      body: { ...body, ...(after ? { after } : {}) },
    });
    yield* page.results;
    after = page.paging?.next?.after;
  } while (after);
}
