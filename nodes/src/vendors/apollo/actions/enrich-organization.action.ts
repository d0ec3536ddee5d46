import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { APOLLO_RATE_LIMIT, apolloCall } from '../client';

/**
 * Apollo Organization Enrichment (`GET /api/v1/organizations/enrich`): company data by domain
 * (or name). Outputs the organization with `found: true`, or `found: false`. One credit per match.
 *
 * @example
 * { "type": "apollo.enrichOrganization", "parameters": { "domain": "{{ $json.organization.primary_domain }}" } }
 */
interface EnrichAnswer {
  organization?: Record<string, unknown> | null;
}

export const enrichOrganization = defineNode({
  type: 'apollo.enrichOrganization',
  version: 1,
  displayName: 'Apollo: enrich organization',
  description: 'Adds Apollo company data (industry, size, revenue, funding) by domain',
  category: 'Leads',
  icon: 'apollo',
  docsUrl: 'https://docs.apollo.io/reference/organization-enrichment',
  credential: { type: 'apollo', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: APOLLO_RATE_LIMIT,
  props: {
    domain: Prop.text({ label: 'Company domain', placeholder: 'apollo.io', help: 'A website URL works too' }),
    name: Prop.text({ label: 'Company name', help: 'Used when there is no domain' }),
  },
  outputSample: {
    found: true,
    id: '5e66b6381e05b4008c8331b8',
    name: 'Apollo.io',
    primary_domain: 'apollo.io',
    website_url: 'http://www.apollo.io',
    industry: 'information technology & services',
    estimated_num_employees: 1600,
    annual_revenue: 100000000,
    founded_year: 2015,
    city: 'San Francisco',
    country: 'United States',
  },
  async runItem(ctx) {
    const domain = ctx.props.domain
      ?.trim()
      .replace(/^(https?:\/\/)?(www\.)?/, '')
      .replace(/\/.*$/, '');
    const name = ctx.props.name?.trim();
    if (!domain && !name) {
      throw new NodeError('Apollo: enrich organization needs a company domain or name', {
        code: 'invalid_request',
      });
    }
    const answer = await apolloCall<EnrichAnswer>(ctx.http, {
      method: 'GET',
      url: '/api/v1/organizations/enrich',
      query: domain ? { domain } : { name },
    });
    if (!answer.organization) return { json: { found: false, domain, name } };
    return { json: { found: true, ...answer.organization } };
  },
});
