import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { APOLLO_RATE_LIMIT, apolloCall } from '../client';

/**
 * Apollo People Enrichment (`POST /api/v1/people/match`): matches one person by email, LinkedIn
 * URL, Apollo id or name plus company, and outputs the enriched person with `found: true`, or
 * `found: false` when Apollo has no match (no credit used). One credit per match.
 *
 * @example
 * { "type": "apollo.enrichPerson", "parameters": { "email": "{{ $json.email }}" } }
 */
interface MatchAnswer {
  person?: Record<string, unknown> | null;
}

export const enrichPerson = defineNode({
  type: 'apollo.enrichPerson',
  version: 1,
  displayName: 'Apollo: enrich person',
  description: 'Adds Apollo data (email, title, company, LinkedIn) to a person',
  category: 'Leads',
  icon: 'apollo',
  docsUrl: 'https://docs.apollo.io/reference/people-enrichment',
  credential: { type: 'apollo', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: APOLLO_RATE_LIMIT,
  props: {
    email: Prop.text({ label: 'Email', placeholder: 'ada@example.com' }),
    linkedinUrl: Prop.text({ label: 'LinkedIn URL' }),
    apolloId: Prop.text({ label: 'Apollo person id', help: 'From "Apollo: search people"' }),
    firstName: Prop.text({ label: 'First name' }),
    lastName: Prop.text({ label: 'Last name' }),
    domain: Prop.text({ label: 'Company domain', help: 'Without www., e.g. apollo.io' }),
    organizationName: Prop.text({ label: 'Company name' }),
    revealPersonalEmails: Prop.boolean({
      label: 'Reveal personal emails',
      default: false,
      help: 'May use extra credits',
    }),
  },
  outputSample: {
    found: true,
    id: '64a000000000000000000001',
    first_name: 'Ada',
    last_name: 'Lovelace',
    name: 'Ada Lovelace',
    title: 'VP of Sales',
    email: 'ada.lovelace@northwind-analytics.com',
    email_status: 'verified',
    linkedin_url: 'https://www.linkedin.com/in/ada-lovelace',
    seniority: 'vp',
    city: 'London',
    country: 'United Kingdom',
    organization: {
      name: 'Northwind Analytics',
      primary_domain: 'northwind-analytics.com',
      estimated_num_employees: 120,
    },
  },
  async runItem(ctx) {
    const p = ctx.props;
    const identifiers = {
      email: p.email?.trim(),
      linkedin_url: p.linkedinUrl?.trim(),
      id: p.apolloId?.trim(),
      first_name: p.firstName?.trim(),
      last_name: p.lastName?.trim(),
      domain: p.domain?.trim().replace(/^(https?:\/\/)?(www\.)?/, ''),
      organization_name: p.organizationName?.trim(),
    };
    const given = Object.fromEntries(Object.entries(identifiers).filter(([, v]) => v));
    if (!given.email && !given.linkedin_url && !given.id && !(given.first_name && given.last_name)) {
      throw new NodeError(
        'Apollo: enrich person needs an email, a LinkedIn URL, an Apollo id, or first and last name',
        {
          code: 'invalid_request',
        },
      );
    }
    const answer = await apolloCall<MatchAnswer>(ctx.http, {
      method: 'POST',
      url: '/api/v1/people/match',
      body: { ...given, reveal_personal_emails: p.revealPersonalEmails },
    });
    if (!answer.person) return { json: { found: false, ...given } };
    return { json: { found: true, ...answer.person } };
  },
});
