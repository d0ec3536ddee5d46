import type { SimResponse } from '../kit';
import { bodyObject, intParam } from '../shared';
import { hubspotError } from './hubspot-errors';
import { OBJECT_PROPERTIES } from './hubspot-schema';
import type { CrmRecord } from './hubspot-store';
import type { objectRoute } from './hubspot-objects.routes';

/**
 * HubSpot's `POST /crm/v3/objects/{type}/search` (vendor-contracts.md 10.1): filter groups
 * ORed, filters ANDed, `query` text, `sorts`, `limit` ≤ 200, cursor `after`, 10,000 results at most.
 */
interface Filter {
  propertyName?: string;
  operator?: string;
  value?: unknown;
  highValue?: unknown;
  values?: unknown[];
}

const QUERY_PROPERTIES = ['email', 'firstname', 'lastname', 'phone', 'company', 'dealname', 'hs_note_body'];

const ISO_DATE = /^\d{4}-\d\d-\d\d/;

/** Date-times compare as epoch ms whichever way each side is written (HubSpot takes both). */
function asNumber(text: string): number {
  return ISO_DATE.test(text) ? Date.parse(text) : Number(text);
}

function compare(a: string, b: string): number {
  const na = asNumber(a);
  const nb = asNumber(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b);
}

function matches(record: CrmRecord, filter: Filter): boolean {
  const actual = record.properties[filter.propertyName ?? ''] ?? null;
  const value = filter.value === undefined ? '' : String(filter.value);
  const low = (s: string | null) => (s ?? '').toLowerCase();
  switch (filter.operator) {
    case 'EQ':
      return actual !== null && low(actual) === low(value);
    case 'NEQ':
      return low(actual) !== low(value);
    case 'LT':
      return actual !== null && compare(actual, value) < 0;
    case 'LTE':
      return actual !== null && compare(actual, value) <= 0;
    case 'GT':
      return actual !== null && compare(actual, value) > 0;
    case 'GTE':
      return actual !== null && compare(actual, value) >= 0;
    case 'BETWEEN':
      return actual !== null && compare(actual, value) >= 0 && compare(actual, String(filter.highValue)) <= 0;
    case 'IN':
      return actual !== null && (filter.values ?? []).map((v) => low(String(v))).includes(low(actual));
    case 'NOT_IN':
      return !(filter.values ?? []).map((v) => low(String(v))).includes(low(actual));
    case 'HAS_PROPERTY':
      return actual !== null;
    case 'NOT_HAS_PROPERTY':
      return actual === null;
    case 'CONTAINS_TOKEN':
      return (
        low(actual)
          .split(/[\s@.]+/)
          .some((token) => token === low(value).replace(/\*/g, '')) ||
        (value.includes('*') && low(actual).includes(low(value).replace(/\*/g, '')))
      );
    case 'NOT_CONTAINS_TOKEN':
      return !low(actual).includes(low(value).replace(/\*/g, ''));
    default:
      return false;
  }
}

const OPERATORS = [
  'EQ',
  'NEQ',
  'LT',
  'LTE',
  'GT',
  'GTE',
  'BETWEEN',
  'IN',
  'NOT_IN',
  'HAS_PROPERTY',
  'NOT_HAS_PROPERTY',
  'CONTAINS_TOKEN',
  'NOT_CONTAINS_TOKEN',
];

export const searchObjects: Parameters<typeof objectRoute>[1] = (store, request, type): SimResponse => {
  const body = bodyObject(request)!;
  const groups = (Array.isArray(body.filterGroups) ? body.filterGroups : []) as Array<{ filters?: Filter[] }>;
  const filters = groups.flatMap((g) => g.filters ?? []);
  if (groups.length > 5 || groups.some((g) => (g.filters ?? []).length > 6) || filters.length > 18) {
    return hubspotError(
      400,
      'VALIDATION_ERROR',
      'Search takes at most 5 filterGroups, 6 filters per group and 18 filters in total',
    );
  }
  const known = new Set(OBJECT_PROPERTIES[type].map((p) => p.name));
  const badProperty = filters.find((f) => !known.has(f.propertyName ?? ''));
  if (badProperty)
    return hubspotError(
      400,
      'VALIDATION_ERROR',
      `There was a problem with the request: property "${String(badProperty.propertyName)}" does not exist on ${type}`,
    );
  const badOperator = filters.find((f) => !OPERATORS.includes(f.operator ?? ''));
  if (badOperator)
    return hubspotError(
      400,
      'VALIDATION_ERROR',
      `Unknown filter operator "${String(badOperator.operator)}"; use one of ${OPERATORS.join(', ')}`,
    );
  const limit = intParam(body.limit, 10);
  if (limit < 1 || limit > 200)
    return hubspotError(400, 'VALIDATION_ERROR', `limit must be between 1 and 200, got ${limit}`);
  const after = intParam(body.after, 0);
  if (after >= 10_000)
    return hubspotError(
      400,
      'VALIDATION_ERROR',
      'Search results are limited to 10,000 records; narrow the filters',
    );

  const query = typeof body.query === 'string' ? body.query.toLowerCase() : '';
  let found = [...store.records[type].values()].filter(
    (r) =>
      (groups.length === 0 || groups.some((g) => (g.filters ?? []).every((f) => matches(r, f)))) &&
      (!query || QUERY_PROPERTIES.some((p) => (r.properties[p] ?? '').toLowerCase().includes(query))),
  );
  const sort = (Array.isArray(body.sorts) ? body.sorts[0] : undefined) as
    string | { propertyName?: string; direction?: string } | undefined;
  if (sort) {
    const name = typeof sort === 'string' ? sort.replace(/^-/, '') : (sort.propertyName ?? 'hs_object_id');
    const descending = typeof sort === 'string' ? sort.startsWith('-') : sort.direction === 'DESCENDING';
    found = [...found].sort(
      (a, b) => compare(a.properties[name] ?? '', b.properties[name] ?? '') * (descending ? -1 : 1),
    );
  }
  const total = found.length;
  const page = found.slice(after, after + limit);
  const names = Array.isArray(body.properties) ? body.properties.map(String) : undefined;
  const next =
    after + limit < Math.min(total, 10_000) ? { paging: { next: { after: String(after + limit) } } } : {};
  return { status: 200, body: { total, results: page.map((r) => store.view(type, r, names)), ...next } };
};
