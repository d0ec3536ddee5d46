import type { FakeLead, SimRequest, SimResponse } from '../kit';
import { bodyObject, intParam, listParam } from '../shared';
import {
  ENRICH_FIELDS,
  department,
  enrichRecord,
  managementLevel,
  searchRow,
  zoomInfoCompanyId,
  zoomInfoPersonId,
} from './zoominfo-records';

/**
 * ZoomInfo's `POST /search/contact` (rpp/page paging, `has*` flags only) and
 * `POST /enrich/contact` (`matchPersonInput` + `outputFields`, a record credit per match),
 * vendor-contracts.md 2.2 and 2.3.
 */
export interface ZoomInfoUsage {
  recordsRemaining: number;
  recordLimit: number;
}

export function zoomInfoError(status: number, error: string, message: string): SimResponse {
  return { status, body: { success: false, statusCode: status, error, message } };
}

const SEARCH_FIELDS = new Set([
  'firstName',
  'lastName',
  'fullName',
  'emailAddress',
  'hashedEmail',
  'personId',
  'jobTitle',
  'managementLevel',
  'department',
  'companyId',
  'companyName',
  'companyWebsite',
  'country',
  'state',
  'metroRegion',
  'zipCode',
  'zipCodeRadiusMiles',
  'locationSearchType',
  'techAttributeTagList',
  'requiredFields',
  'contactAccuracyScoreMin',
  'excludePartialProfiles',
  'rpp',
  'page',
  'sortBy',
  'sortOrder',
]);

const lower = (v: unknown) => String(v ?? '').toLowerCase();
const anyOf = (value: unknown) =>
  (Array.isArray(value) ? value : String(value).split(',')).map((v) => lower(v).trim()).filter(Boolean);

export function searchContacts(leads: FakeLead[], request: SimRequest): SimResponse {
  const body = bodyObject(request);
  if (!body)
    return zoomInfoError(400, 'Bad Request', 'Request body must be a JSON object of search criteria');
  const unknown = Object.keys(body).filter((k) => !SEARCH_FIELDS.has(k));
  if (unknown.length)
    return zoomInfoError(400, 'Bad Request', `Invalid input field(s): ${unknown.join(', ')}`);
  const rpp = intParam(body.rpp, 25);
  const page = intParam(body.page, 1);
  if (rpp < 1 || rpp > 100) return zoomInfoError(400, 'Bad Request', 'rpp must be between 1 and 100');
  if (page < 1) return zoomInfoError(400, 'Bad Request', 'page must be 1 or more');
  const tests: Array<[string, (lead: FakeLead, value: unknown) => boolean]> = [
    ['firstName', (l, v) => lower(l.firstName) === lower(v)],
    ['lastName', (l, v) => lower(l.lastName) === lower(v)],
    ['fullName', (l, v) => lower(l.name) === lower(v)],
    ['emailAddress', (l, v) => l.email === lower(v)],
    ['personId', (l, v) => zoomInfoPersonId(l) === Number(v)],
    ['jobTitle', (l, v) => listParam(v).some((t) => lower(l.title).includes(lower(t)))],
    ['managementLevel', (l, v) => anyOf(v).includes(lower(managementLevel(l)))],
    ['department', (l, v) => anyOf(v).includes(lower(department(l)))],
    ['companyId', (l, v) => anyOf(v).includes(String(zoomInfoCompanyId(l)))],
    ['companyName', (l, v) => lower(l.company.name).includes(lower(v))],
    [
      'companyWebsite',
      (l, v) => anyOf(v).some((w) => w.replace(/^(https?:\/\/)?(www\.)?/, '') === l.company.domain),
    ],
    ['country', (l, v) => anyOf(v).includes(lower(l.country))],
  ];
  const active = tests.filter(([field]) => body[field] !== undefined && body[field] !== '');
  let matches = leads.filter((lead) => active.every(([field, test]) => test(lead, body[field])));
  if (body.sortBy === 'lastName') {
    matches = [...matches].sort(
      (a, b) => a.lastName.localeCompare(b.lastName) * (body.sortOrder === 'desc' ? -1 : 1),
    );
  }
  const start = (page - 1) * rpp;
  return {
    status: 200,
    headers: { 'content-type': 'application/json;charset=utf-8' },
    body: {
      maxResults: leads.length,
      totalResults: matches.length,
      currentPage: page,
      data: matches.slice(start, start + rpp).map(searchRow),
    },
  };
}

function matchLead(leads: FakeLead[], input: Record<string, unknown>): FakeLead | 'invalid' | undefined {
  if (input.personId !== undefined) return leads.find((l) => zoomInfoPersonId(l) === Number(input.personId));
  if (input.emailAddress) return leads.find((l) => l.email === lower(input.emailAddress));
  const name = input.fullName
    ? lower(input.fullName)
    : input.firstName && input.lastName
      ? `${lower(input.firstName)} ${lower(input.lastName)}`
      : undefined;
  if (!name || (input.companyId === undefined && !input.companyName)) return 'invalid';
  return leads.find(
    (l) =>
      lower(l.name) === name &&
      (input.companyId !== undefined
        ? zoomInfoCompanyId(l) === Number(input.companyId)
        : lower(l.company.name) === lower(input.companyName)),
  );
}

export function enrichContacts(leads: FakeLead[], usage: ZoomInfoUsage, request: SimRequest): SimResponse {
  const body = bodyObject(request);
  const inputs = body?.matchPersonInput;
  const fields = body?.outputFields;
  if (!Array.isArray(inputs) || inputs.length === 0)
    return zoomInfoError(400, 'Bad Request', 'matchPersonInput is required');
  if (!Array.isArray(fields) || fields.length === 0)
    return zoomInfoError(400, 'Bad Request', 'outputFields is required');
  if (inputs.length > 25)
    return zoomInfoError(400, 'Bad Request', 'matchPersonInput takes at most 25 inputs per request');
  const badFields = fields.filter((f) => typeof f !== 'string' || !(f in ENRICH_FIELDS));
  if (badFields.length)
    return zoomInfoError(400, 'Bad Request', `Invalid output field(s): ${badFields.join(', ')}`);
  const outputFields = fields as string[];
  const result = (inputs as Array<Record<string, unknown>>).map((input) => {
    const echo = Object.fromEntries(
      Object.entries(input ?? {}).map(([k, v]) => [
        k.toLowerCase(),
        typeof v === 'string' ? v.toLowerCase() : v,
      ]),
    );
    const lead = input && typeof input === 'object' ? matchLead(leads, input) : 'invalid';
    if (lead === 'invalid') return { input: echo, data: [], matchStatus: 'INVALID_INPUT' };
    if (!lead) return { input: echo, data: [], matchStatus: 'NO_MATCH' };
    if (usage.recordsRemaining < 1) return { input: echo, data: [], matchStatus: 'LIMIT_EXCEEDED' };
    usage.recordsRemaining -= 1;
    return { input: echo, data: [enrichRecord(lead, outputFields)], matchStatus: 'FULL_MATCH' };
  });
  return {
    status: 200,
    headers: {
      'content-type': 'application/json;charset=utf-8',
      'X-Usage-Record-Limit-Limit': String(usage.recordLimit),
      'X-Usage-Record-Limit-Remaining': String(usage.recordsRemaining),
    },
    body: { success: true, data: { outputFields: [outputFields.map((f) => f.toLowerCase())], result } },
  };
}
