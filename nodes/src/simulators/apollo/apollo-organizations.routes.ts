import type { FakeLead, SimRequest, SimResponse } from '../kit';
import { requestParams } from '../shared';
import { apolloOrganization } from './apollo-records';
import type { ApolloCredits } from './apollo-people.routes';

/** Apollo's `GET|POST /api/v1/organizations/enrich` (vendor-contracts.md 1.3): one credit per match. */
export function enrichOrganization(
  leads: FakeLead[],
  credits: ApolloCredits,
  request: SimRequest,
): SimResponse {
  const p = requestParams(request);
  const text = (key: string) =>
    typeof p[key] === 'string' && p[key] ? (p[key] as string).toLowerCase() : undefined;
  const domain = (text('domain') ?? text('website'))
    ?.replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
  const name = text('name');
  const linkedin = text('linkedin_url');
  if (!domain && !name && !linkedin) {
    return {
      status: 422,
      body: { error: 'Invalid parameters: pass at least one of domain, linkedin_url, name, website' },
    };
  }
  const lead = leads.find(
    (l) =>
      (domain && l.company.domain === domain) ||
      (name && l.company.name.toLowerCase() === name) ||
      (linkedin && linkedin.includes(l.company.domain.replace('.com', ''))),
  );
  if (!lead) return { status: 200, body: {} };
  if (credits.remaining < 1) {
    return {
      status: 422,
      body: { error: 'You have insufficient credits to perform this action. Please upgrade your plan.' },
    };
  }
  credits.remaining -= 1;
  return { status: 200, body: { organization: apolloOrganization(lead) } };
}
