import type { FakeLead, SimRequest, SimResponse } from '../kit';
import { boolParam, intParam, listParam, requestParams } from '../shared';
import { APOLLO_SENIORITIES, apolloPerson, apolloPersonId, apolloSearchRow } from './apollo-records';

/**
 * Apollo's people endpoints (vendor-contracts.md 1.1 and 1.2): `POST /api/v1/mixed_people/api_search`
 * (page/per_page, `total_entries`, no emails) and `POST /api/v1/people/match` (credits).
 */
export interface ApolloCredits {
  remaining: number;
}

const invalid = (detail: string): SimResponse => ({
  status: 422,
  body: { error: `Invalid parameters: ${detail}` },
});

const contains = (haystack: string, needle: string) => haystack.toLowerCase().includes(needle.toLowerCase());

function employeeRangeMatches(ranges: string[], employees: number): boolean {
  return ranges.some((range) => {
    const [min, max] = range.split(',').map((n) => Number(n));
    return employees >= min && (Number.isNaN(max) || employees <= max);
  });
}

export function searchPeople(leads: FakeLead[], request: SimRequest): SimResponse {
  const p = requestParams(request);
  const titles = listParam(p.person_titles);
  const seniorities = listParam(p.person_seniorities);
  const locations = listParam(p.person_locations);
  const orgLocations = listParam(p.organization_locations);
  const domains = listParam(p.q_organization_domains_list).map((d) => d.replace(/^www\./, '').toLowerCase());
  const ranges = listParam(p.organization_num_employees_ranges);
  const keywords = typeof p.q_keywords === 'string' ? p.q_keywords : '';
  const unknownSeniority = seniorities.find((s) => !(APOLLO_SENIORITIES as readonly string[]).includes(s));
  if (unknownSeniority) return invalid(`person_seniorities has an unknown value '${unknownSeniority}'`);
  const badRange = ranges.find((r) => !/^\d+,\d*$/.test(r));
  if (badRange) return invalid(`organization_num_employees_ranges expects "min,max", got '${badRange}'`);
  if (domains.length > 1000) return invalid('q_organization_domains_list takes at most 1000 domains');
  const page = intParam(p.page, 1);
  const perPage = Math.min(100, intParam(p.per_page, 10));
  if (page < 1 || perPage < 1) return invalid('page and per_page must be positive');

  const matches = leads.filter(
    (lead) =>
      (titles.length === 0 || titles.some((t) => contains(lead.title, t))) &&
      (seniorities.length === 0 || seniorities.includes(lead.seniority)) &&
      (locations.length === 0 || locations.some((l) => contains(`${lead.city}, ${lead.country}`, l))) &&
      (orgLocations.length === 0 || orgLocations.some((l) => contains(`${lead.city}, ${lead.country}`, l))) &&
      (domains.length === 0 || domains.includes(lead.company.domain)) &&
      (ranges.length === 0 || employeeRangeMatches(ranges, lead.company.employees)) &&
      (!keywords || contains(`${lead.name} ${lead.title} ${lead.company.name}`, keywords)),
  );
  // Apollo shows at most 50,000 records (500 pages of 100).
  const visible = matches.slice(0, 50_000);
  const start = (page - 1) * perPage;
  return {
    status: 200,
    body: {
      total_entries: matches.length,
      people: visible.slice(start, start + perPage).map(apolloSearchRow),
    },
  };
}

function findLead(leads: FakeLead[], p: Record<string, unknown>): FakeLead | undefined {
  const str = (key: string) =>
    typeof p[key] === 'string' && p[key] !== '' ? (p[key] as string).toLowerCase() : undefined;
  const [id, email, linkedin, first, last, name, domain, org] = [
    'id',
    'email',
    'linkedin_url',
    'first_name',
    'last_name',
    'name',
    'domain',
    'organization_name',
  ].map(str);
  if (id) return leads.find((l) => apolloPersonId(l) === id);
  if (email) return leads.find((l) => l.email === email);
  if (linkedin) return leads.find((l) => l.linkedinUrl.toLowerCase() === linkedin.replace(/\/$/, ''));
  const fullName = name ?? (first && last ? `${first} ${last}` : undefined);
  if (!fullName) return undefined;
  return leads.find(
    (l) =>
      l.name.toLowerCase() === fullName &&
      (!domain || l.company.domain === domain.replace(/^www\./, '')) &&
      (!org || l.company.name.toLowerCase() === org),
  );
}

export function matchPerson(leads: FakeLead[], credits: ApolloCredits, request: SimRequest): SimResponse {
  const p = requestParams(request);
  const needsWebhook = ['reveal_phone_number', 'run_waterfall_email', 'run_waterfall_phone'].find((f) =>
    boolParam(p[f]),
  );
  if (needsWebhook && !p.webhook_url) {
    return {
      status: 400,
      body: { error: `Please add a valid 'webhook_url' parameter when using '${needsWebhook}'` },
    };
  }
  const lead = findLead(leads, p);
  if (!lead) return { status: 200, body: { person: null } };
  if (credits.remaining < 1) {
    return {
      status: 422,
      body: { error: 'You have insufficient credits to perform this action. Please upgrade your plan.' },
    };
  }
  credits.remaining -= 1;
  const person = apolloPerson(lead, { revealPersonalEmails: boolParam(p.reveal_personal_emails) });
  return {
    status: 200,
    body: needsWebhook ? { person, request_id: `req_${apolloPersonId(lead)}` } : { person },
  };
}
