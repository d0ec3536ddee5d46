import type { FakeLead } from '../kit';

/** ZoomInfo's shapes for the shared fake leads (vendor-contracts.md 2.2 and 2.3). */
const MANAGEMENT_LEVEL: Record<FakeLead['seniority'], string> = {
  c_suite: 'C Level Exec',
  vp: 'VP Level Exec',
  director: 'Director',
  manager: 'Manager',
  senior: 'Non Manager',
  entry: 'Non Manager',
};

export const zoomInfoPersonId = (lead: FakeLead) =>
  1_400_000_000 + Number.parseInt(lead.id.replace('lead_', ''), 36);
export const zoomInfoCompanyId = (lead: FakeLead) => 9_860_000 + Number(lead.company.id.replace('org_', ''));
export const managementLevel = (lead: FakeLead) => MANAGEMENT_LEVEL[lead.seniority];
export const department = (lead: FakeLead) => (lead.title.includes('Marketing') ? 'Marketing' : 'Sales');

export function searchRow(lead: FakeLead): Record<string, unknown> {
  return {
    id: zoomInfoPersonId(lead),
    firstName: lead.firstName,
    middleName: '',
    lastName: lead.lastName,
    validDate: '6/19/2025 1:41 PM',
    lastUpdatedDate: '',
    jobTitle: lead.title,
    contactAccuracyScore: lead.emailStatus === 'valid' ? 96 : 85,
    hasEmail: lead.emailStatus !== 'invalid',
    hasSupplementalEmail: false,
    hasDirectPhone: true,
    hasMobilePhone: lead.seniority !== 'entry',
    hasCompanyIndustry: true,
    hasCompanyPhone: true,
    hasCompanyStreet: true,
    hasCompanyState: lead.country === 'United States',
    hasCompanyZipCode: true,
    hasCompanyCountry: true,
    hasCompanyRevenue: true,
    hasCompanyEmployeeCount: true,
    company: { id: zoomInfoCompanyId(lead), name: lead.company.name },
  };
}

/** Every output field the simulator knows, by ZoomInfo name. */
export const ENRICH_FIELDS: Record<string, (lead: FakeLead) => unknown> = {
  id: zoomInfoPersonId,
  firstName: (l) => l.firstName,
  lastName: (l) => l.lastName,
  email: (l) => (l.emailStatus === 'invalid' ? '' : l.email),
  phone: (l) => l.phone,
  mobilePhone: (l) => (l.seniority === 'entry' ? '' : l.phone.replace('+1555', '+1556')),
  jobTitle: (l) => l.title,
  managementLevel: (l) => [managementLevel(l)],
  jobFunction: (l) => [{ name: department(l), department: department(l) }],
  city: (l) => l.city,
  country: (l) => l.country,
  contactAccuracyScore: (l) => (l.emailStatus === 'valid' ? 96 : 85),
  externalUrls: (l) => [{ type: 'linkedin.com', url: l.linkedinUrl }],
  companyId: zoomInfoCompanyId,
  companyName: (l) => l.company.name,
  companyWebsite: (l) => `www.${l.company.domain}`,
  companyIndustry: (l) => l.company.industry,
  companyEmployeeCount: (l) => l.company.employees,
  companyRevenueNumeric: (l) => Math.round(l.company.revenue / 1000),
};

export function enrichRecord(lead: FakeLead, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, ENRICH_FIELDS[f](lead)]));
}
