import type { FakeLead } from '../kit';

/**
 * How the Apollo simulator turns shared fake leads into Apollo's record shapes
 * (vendor-contracts.md section 1): search rows with `has_*` flags, enriched people and
 * organizations.
 */
export const APOLLO_SENIORITIES = [
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

/** Apollo ids are 24 hex digits. */
export function apolloPersonId(lead: FakeLead): string {
  return `64a${Number.parseInt(lead.id.replace('lead_', ''), 36).toString(16).padStart(21, '0')}`;
}

export function apolloOrganizationId(lead: FakeLead): string {
  return `5e6${Number(lead.company.id.replace('org_', '')).toString(16).padStart(21, '0')}`;
}

function obfuscate(lastName: string): string {
  return lastName.length <= 2 ? `${lastName[0]}***` : `${lastName.slice(0, 2)}***${lastName.slice(-1)}`;
}

export function apolloSearchRow(lead: FakeLead): Record<string, unknown> {
  return {
    id: apolloPersonId(lead),
    first_name: lead.firstName,
    last_name_obfuscated: obfuscate(lead.lastName),
    title: lead.title,
    last_refreshed_at: '2025-11-04T23:20:32.690+00:00',
    has_email: lead.emailStatus !== 'invalid',
    has_city: true,
    has_state: lead.country === 'United States',
    has_country: true,
    has_direct_phone:
      lead.seniority === 'c_suite' ? 'Yes' : 'Maybe: please request direct dial via people/bulk_match',
    organization: {
      name: lead.company.name,
      has_industry: true,
      has_phone: false,
      has_city: true,
      has_state: false,
      has_country: true,
      has_zip_code: false,
      has_revenue: true,
      has_employee_count: true,
    },
  };
}

export function apolloOrganization(lead: FakeLead): Record<string, unknown> {
  const c = lead.company;
  return {
    id: apolloOrganizationId(lead),
    name: c.name,
    website_url: `http://www.${c.domain}`,
    linkedin_url: `http://www.linkedin.com/company/${c.domain.replace('.com', '')}`,
    primary_domain: c.domain,
    industry: c.industry,
    keywords: [c.industry, 'b2b'],
    estimated_num_employees: c.employees,
    founded_year: c.foundedYear,
    annual_revenue: c.revenue,
    annual_revenue_printed:
      c.revenue >= 1e6 ? `${Math.round(c.revenue / 1e6)}M` : `${Math.round(c.revenue / 1e3)}K`,
    total_funding: null,
    latest_funding_stage: null,
    funding_events: [],
    technology_names: ['Salesforce', 'HubSpot'],
    city: lead.city,
    state: null,
    country: lead.country,
    postal_code: null,
    raw_address: `${lead.city}, ${lead.country}`,
    phone: null,
    suborganizations: [],
    owned_by_organization_id: null,
  };
}

export function apolloPerson(
  lead: FakeLead,
  options: { revealPersonalEmails?: boolean } = {},
): Record<string, unknown> {
  const verified = lead.emailStatus === 'valid';
  return {
    id: apolloPersonId(lead),
    first_name: lead.firstName,
    last_name: lead.lastName,
    name: lead.name,
    linkedin_url: lead.linkedinUrl,
    title: lead.title,
    email_status: verified ? 'verified' : lead.emailStatus === 'invalid' ? 'unavailable' : 'unverified',
    photo_url: null,
    twitter_url: null,
    github_url: null,
    facebook_url: null,
    extrapolated_email_confidence: verified ? null : 0.6,
    headline: `${lead.title} at ${lead.company.name}`,
    email: lead.emailStatus === 'invalid' ? null : lead.email,
    personal_emails: options.revealPersonalEmails
      ? [`${lead.firstName.toLowerCase()}.personal@example.net`]
      : [],
    organization_id: apolloOrganizationId(lead),
    employment_history: [
      {
        _id: `${apolloPersonId(lead).slice(0, 20)}e001`,
        current: true,
        end_date: null,
        start_date: '2021-03-01',
        organization_id: apolloOrganizationId(lead),
        organization_name: lead.company.name,
        title: lead.title,
        key: `${apolloPersonId(lead).slice(0, 20)}e001`,
      },
    ],
    state: null,
    city: lead.city,
    country: lead.country,
    organization: apolloOrganization(lead),
    seniority: lead.seniority,
    departments: [lead.title.includes('Marketing') ? 'master_marketing' : 'master_sales'],
    functions: [lead.title.includes('Marketing') ? 'marketing' : 'sales'],
  };
}
