import { defineNode, Prop } from '@ainow/engine/sdk';
import { toList } from '../../shared';
import { APOLLO_RATE_LIMIT, apolloCall } from '../client';

/**
 * Apollo People API Search (`POST /api/v1/mixed_people/api_search`): finds people by title,
 * seniority, location, company domain and size, pages through results (100 a page) up to
 * `maxResults`, and outputs one item per person. Costs no credits; returns no emails.
 *
 * @example
 * { "type": "apollo.searchPeople", "parameters": { "titles": "VP Sales", "seniorities": ["vp"], "maxResults": 250 } }
 */
const SENIORITIES = [
  'owner',
  'founder',
  'c_suite',
  'partner',
  'vp',
  'head',
  'director',
  'manager',
  'senior',
  'entry',
  'intern',
] as const;
const EMPLOYEE_RANGES = [
  '1,10',
  '11,50',
  '51,200',
  '201,500',
  '501,1000',
  '1001,5000',
  '5001,10000',
  '10001,',
] as const;

interface SearchPage {
  total_entries?: number;
  people?: Array<Record<string, unknown>>;
}

export const searchPeople = defineNode({
  type: 'apollo.searchPeople',
  version: 1,
  displayName: 'Apollo: search people',
  description: 'Finds people in Apollo by title, seniority, location and company; one item per person',
  category: 'Leads',
  icon: 'apollo',
  docsUrl: 'https://docs.apollo.io/reference/people-api-search',
  credential: { type: 'apollo', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: APOLLO_RATE_LIMIT,
  props: {
    titles: Prop.text({
      label: 'Job titles',
      help: 'One per line, e.g. "VP Sales"',
      placeholder: 'VP Sales\nHead of Growth',
    }),
    includeSimilarTitles: Prop.boolean({ label: 'Include similar titles', default: true }),
    seniorities: Prop.multiOptions({
      label: 'Seniorities',
      options: SENIORITIES.map((s) => ({ value: s, label: s.replace('_', '-') })),
    }),
    locations: Prop.text({ label: 'Person locations', help: 'Cities, states or countries, one per line' }),
    organizationLocations: Prop.text({ label: 'Company HQ locations', help: 'One per line' }),
    companyDomains: Prop.text({
      label: 'Company domains',
      help: 'One per line, without www., e.g. apollo.io (up to 1,000)',
    }),
    employeeRanges: Prop.multiOptions({
      label: 'Company size (employees)',
      options: EMPLOYEE_RANGES.map((r) => ({ value: r, label: r.replace(',', '–') || r })),
    }),
    keywords: Prop.text({ label: 'Keywords' }),
    maxResults: Prop.number({
      label: 'Max results',
      default: 100,
      min: 1,
      max: 50_000,
      help: 'Apollo shows at most 50,000 (500 pages of 100)',
    }),
  },
  outputSample: {
    id: '67bdafd0c3a4c50001bbd7c2',
    first_name: 'Andrew',
    last_name_obfuscated: 'Hu***n',
    title: 'VP of Sales',
    has_email: true,
    has_direct_phone: 'Yes',
    organization: { name: 'Scicomm Media', has_employee_count: true },
  },
  validate(props) {
    const max = Number(props.maxResults ?? 100);
    return Number.isFinite(max) && max >= 1 && max <= 50_000
      ? []
      : ['Max results must be between 1 and 50,000'];
  },
  async runItem(ctx) {
    const p = ctx.props;
    const maxResults = Math.min(50_000, Math.max(1, Math.trunc(p.maxResults)));
    const perPage = Math.min(100, maxResults);
    const filters = {
      person_titles: toList(p.titles),
      include_similar_titles: p.includeSimilarTitles,
      person_seniorities: p.seniorities ?? [],
      person_locations: toList(p.locations),
      organization_locations: toList(p.organizationLocations),
      q_organization_domains_list: toList(p.companyDomains).map((d) =>
        d.replace(/^(https?:\/\/)?(www\.)?/, '').replace(/\/.*$/, ''),
      ),
      organization_num_employees_ranges: p.employeeRanges ?? [],
      ...(p.keywords ? { q_keywords: p.keywords } : {}),
    };
    const body = Object.fromEntries(
      Object.entries(filters).filter(([, v]) => !(Array.isArray(v) && v.length === 0)),
    );
    const people: Array<Record<string, unknown>> = [];
    for (let page = 1; people.length < maxResults && page <= 500; page++) {
      const result = await apolloCall<SearchPage>(ctx.http, {
        method: 'POST',
        url: '/api/v1/mixed_people/api_search',
        body: { ...body, page, per_page: perPage },
      });
      const batch = result.people ?? [];
      people.push(...batch.slice(0, maxResults - people.length));
      if (batch.length < perPage || page * perPage >= (result.total_entries ?? 0)) break;
    }
    return people.map((person) => ({ json: person }));
  },
});
