import { defineNode, NodeError, Prop } from '@ainow/engine/sdk';
import { toList } from '../../shared';
import { ZOOMINFO_RATE_LIMIT, zoomInfoCall } from '../client';

/**
 * ZoomInfo Contact Search (`POST /search/contact`): finds contacts by title, management level,
 * department, company and country, pages with `rpp`/`page` (100 a page) up to `maxResults`,
 * one item per contact. Search returns `has*` flags only; use "ZoomInfo: enrich contacts" for
 * emails and phones.
 *
 * @example
 * { "type": "zoominfo.searchContacts", "parameters": { "jobTitle": "VP Sales", "managementLevel": ["VP Level Exec"] } }
 */
const LEVELS = ['C Level Exec', 'VP Level Exec', 'Director', 'Manager', 'Non Manager'] as const;

interface SearchPage {
  totalResults?: number;
  data?: Array<Record<string, unknown>>;
}

export const searchContacts = defineNode({
  type: 'zoominfo.searchContacts',
  version: 1,
  displayName: 'ZoomInfo: search contacts',
  description: 'Finds contacts in ZoomInfo; one item per contact',
  category: 'Leads',
  icon: 'zoominfo',
  docsUrl: 'https://api-docs.zoominfo.com/#contact-search',
  credential: { type: 'zoominfo', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: ZOOMINFO_RATE_LIMIT,
  props: {
    jobTitle: Prop.text({ label: 'Job title', placeholder: 'VP Sales' }),
    managementLevel: Prop.multiOptions({
      label: 'Management level',
      options: LEVELS.map((l) => ({ value: l, label: l })),
    }),
    department: Prop.text({ label: 'Departments', help: 'One per line, e.g. Sales' }),
    companyName: Prop.text({ label: 'Company name' }),
    companyWebsite: Prop.text({ label: 'Company websites', help: 'One per line, e.g. zoominfo.com' }),
    country: Prop.text({ label: 'Countries', help: 'One per line' }),
    moreCriteria: Prop.json({
      label: 'More criteria',
      help: 'Other ZoomInfo search fields as JSON, e.g. {"contactAccuracyScoreMin": 90}',
    }),
    maxResults: Prop.number({ label: 'Max results', default: 100, min: 1, max: 10_000 }),
  },
  outputSample: {
    id: 1434351821,
    firstName: 'Daniel',
    lastName: 'Herbert',
    jobTitle: 'Director of Sales',
    contactAccuracyScore: 96,
    hasEmail: true,
    hasDirectPhone: true,
    company: { id: 9867169, name: 'AmerisourceBergen' },
  },
  async runItem(ctx) {
    const p = ctx.props;
    const more = p.moreCriteria ?? {};
    if (typeof more !== 'object' || Array.isArray(more)) {
      throw new NodeError('ZoomInfo: search contacts › More criteria must be a JSON object', {
        code: 'invalid_request',
      });
    }
    const join = (value: unknown) => toList(value).join(',') || undefined;
    const criteria = Object.fromEntries(
      Object.entries({
        jobTitle: p.jobTitle?.trim() || undefined,
        managementLevel: (p.managementLevel ?? []).join(',') || undefined,
        department: join(p.department),
        companyName: p.companyName?.trim() || undefined,
        companyWebsite: join(p.companyWebsite),
        country: join(p.country),
        ...(more as Record<string, unknown>),
      }).filter(([, v]) => v !== undefined),
    );
    const maxResults = Math.max(1, Math.trunc(p.maxResults));
    const rpp = Math.min(100, maxResults);
    const contacts: Array<Record<string, unknown>> = [];
    for (let page = 1; contacts.length < maxResults; page++) {
      const answer = await zoomInfoCall<SearchPage>(ctx.http, {
        url: '/search/contact',
        body: { ...criteria, rpp, page },
      });
      const batch = answer.data ?? [];
      contacts.push(...batch.slice(0, maxResults - contacts.length));
      if (batch.length < rpp || page * rpp >= (answer.totalResults ?? 0)) break;
    }
    return contacts.map((json) => ({ json }));
  },
});
