import { defineNode, type Item, Prop } from '@ainow/engine/sdk';
import { chunk, vendorFailure } from '../../shared';
import { ZOOMINFO_RATE_LIMIT, zoomInfoCall } from '../client';

/**
 * ZoomInfo Contact Enrich (`POST /enrich/contact`): adds emails, phones and company data to each
 * item, matched by ZoomInfo person id, email, or name plus company. Sends up to 25 items per
 * request; every item comes out with `matchStatus` (`FULL_MATCH`, `NO_MATCH`, ...) and the fields.
 *
 * @example
 * { "type": "zoominfo.enrichContacts", "parameters": { "personId": "{{ $json.id }}" } }
 */
const FIELDS = [
  'id',
  'firstName',
  'lastName',
  'email',
  'phone',
  'mobilePhone',
  'jobTitle',
  'managementLevel',
  'jobFunction',
  'city',
  'country',
  'contactAccuracyScore',
  'externalUrls',
  'companyId',
  'companyName',
  'companyWebsite',
  'companyIndustry',
  'companyEmployeeCount',
  'companyRevenueNumeric',
] as const;
const DEFAULT_FIELDS = [
  'id',
  'firstName',
  'lastName',
  'email',
  'phone',
  'mobilePhone',
  'jobTitle',
  'companyId',
  'companyName',
];

interface EnrichAnswer {
  data?: { result?: Array<{ matchStatus?: string; data?: Array<Record<string, unknown>> }> };
}

export const enrichContacts = defineNode({
  type: 'zoominfo.enrichContacts',
  version: 1,
  displayName: 'ZoomInfo: enrich contacts',
  description: 'Adds ZoomInfo emails, phones and company data to each item (25 per request)',
  category: 'Leads',
  icon: 'zoominfo',
  docsUrl: 'https://api-docs.zoominfo.com/#contact-enrich',
  credential: { type: 'zoominfo', required: true },
  effect: 'read',
  idempotent: true,
  rateLimit: ZOOMINFO_RATE_LIMIT,
  props: {
    personId: Prop.text({ label: 'ZoomInfo person id', help: 'From "ZoomInfo: search contacts"' }),
    email: Prop.text({ label: 'Email' }),
    firstName: Prop.text({ label: 'First name' }),
    lastName: Prop.text({ label: 'Last name' }),
    companyName: Prop.text({ label: 'Company name' }),
    outputFields: Prop.multiOptions({
      label: 'Fields',
      default: DEFAULT_FIELDS as Array<(typeof FIELDS)[number]>,
      options: FIELDS.map((f) => ({ value: f, label: f })),
    }),
  },
  outputSample: {
    matchStatus: 'FULL_MATCH',
    id: 1260398587,
    firstName: 'Henry',
    lastName: 'Schuck',
    email: 'henry.schuck@zoominfo.com',
    phone: '(360) 783-6816',
    jobTitle: 'Founder & CEO',
    companyId: 346572700,
    companyName: 'ZoomInfo',
  },
  async run(ctx) {
    const outputFields = ctx.props.outputFields?.length ? ctx.props.outputFields : DEFAULT_FIELDS;
    const inputs = ctx.items.map((_, i) => {
      const p = ctx.propsFor(i);
      if (p.personId) return { personId: Number(p.personId) || p.personId };
      if (p.email) return { emailAddress: p.email.trim() };
      return {
        firstName: p.firstName?.trim(),
        lastName: p.lastName?.trim(),
        companyName: p.companyName?.trim(),
      };
    });
    const out: Item[] = [];
    for (const [batchIndex, batch] of chunk(inputs, 25).entries()) {
      const answer = await zoomInfoCall<EnrichAnswer>(ctx.http, {
        url: '/enrich/contact',
        body: { matchPersonInput: batch, outputFields },
      });
      const results = answer.data?.result ?? [];
      batch.forEach((input, j) => {
        const index = batchIndex * 25 + j;
        const result = results[j] ?? { matchStatus: 'NO_MATCH', data: [] };
        if (result.matchStatus === 'LIMIT_EXCEEDED') {
          throw vendorFailure(
            'no_credits',
            'ZoomInfo says the account has used up its enrich record limit (LIMIT_EXCEEDED). Ask ZoomInfo for more records, then run again.',
          );
        }
        out.push({
          json: { matchStatus: result.matchStatus, input, ...(result.data?.[0] ?? {}) },
          pairedItem: { item: index },
        });
      });
    }
    return out;
  },
});
