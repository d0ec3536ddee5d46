/**
 * What the Pipedrive create and update nodes output, as samples for the editor: the record
 * Pipedrive answers with (API v2 for persons, organizations and deals; v1 for leads).
 *
 * @example
 * outputSample: dealSample
 */
export const personSample = {
  id: 42,
  name: 'Ada Lovelace',
  emails: [{ value: 'ada@example.com', primary: true, label: 'work' }],
  org_id: 7,
  owner_id: 1,
  add_time: '2024-01-01T00:00:00Z',
};

export const organizationSample = {
  id: 7,
  name: 'Northwind Analytics',
  address: null,
  owner_id: 1,
  add_time: '2024-01-01T00:00:00Z',
};

export const dealSample = {
  id: 9,
  title: 'Northwind: 50 seats',
  value: 5000,
  currency: 'USD',
  person_id: 42,
  org_id: 7,
  stage_id: 2,
  pipeline_id: 1,
  status: 'open',
};

export const leadSample = {
  id: 'adf21080-0e10-11eb-879b-05d71fb426ec',
  title: 'Northwind inbound',
  person_id: 42,
  organization_id: 7,
  value: { amount: 1000, currency: 'USD' },
  is_archived: false,
};
