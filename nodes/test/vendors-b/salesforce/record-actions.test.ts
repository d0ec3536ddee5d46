import {
  salesforceCreateContact,
  salesforceCreateLead,
  salesforceUpdateLead,
  salesforceUpsertContact,
  salesforceUpsertLead,
} from '@ainow/nodes/vendors/salesforce';
import { failure, loadOptions, optionsContext } from '../support/node-harness';
import { startSalesforce, type SalesforceFixture } from './salesforce-fixture';

let fx: SalesforceFixture;
beforeEach(async () => {
  fx = await startSalesforce();
});
afterEach(() => fx.sim.stop());

const lead = { LastName: 'Lovelace', Company: 'Northwind', FirstName: 'Ada', Email: 'ada@northwind.test' };

describe('salesforce lead and contact nodes against the simulator', () => {
  it('creates a lead per item with the set fields and other fields', async () => {
    const out = await fx.run(
      salesforceCreateLead,
      [
        { ...lead, Phone: '', otherFields: [{ field: 'Industry', value: 'Retail' }] },
        { ...lead, LastName: 'Hopper', Email: 'grace@northwind.test' },
      ],
      [{ json: {} }, { json: {} }],
    );
    const records = fx.sim.records('Lead');
    expect(records.map((r) => [r.LastName, r.Industry, r.Phone])).toEqual([
      ['Lovelace', 'Retail', null],
      ['Hopper', null, null],
    ]);
    expect(out.main[0].json).toEqual({
      id: records[0].Id,
      object: 'Lead',
      created: true,
      ...lead,
      Industry: 'Retail',
    });
  });

  it('updates only the given fields', async () => {
    const [created] = (await fx.run(salesforceCreateLead, lead)).main;
    const out = await fx.run(salesforceUpdateLead, { recordId: created.json.id, Title: 'CTO' });
    expect(fx.sim.records('Lead')[0]).toMatchObject({ Title: 'CTO', Email: 'ada@northwind.test' });
    expect(out.main[0].json).toEqual({ id: created.json.id, object: 'Lead', updated: true, Title: 'CTO' });
  });

  it('upserts a contact by external id: created first, updated after, never duplicated', async () => {
    const props = {
      externalIdField: 'External_Id__c',
      externalIdValue: 'lead_000001',
      LastName: 'Lovelace',
      Email: 'ada@northwind.test',
    };
    const first = await fx.run(salesforceUpsertContact, props);
    const second = await fx.run(salesforceUpsertContact, { ...props, Title: 'CTO' });
    expect(fx.sim.records('Contact')).toHaveLength(1);
    expect(first.main[0].json).toMatchObject({ created: true, External_Id__c: 'lead_000001' });
    expect(second.main[0].json).toMatchObject({ created: false, id: first.main[0].json.id });
    expect(fx.sim.records('Contact')[0]).toMatchObject({ Title: 'CTO', External_Id__c: 'lead_000001' });
  });

  it.each([
    [
      'a missing required field',
      salesforceCreateLead,
      { LastName: 'Lovelace' },
      'invalid_field',
      /Required fields are missing: \[Company\] \(REQUIRED_FIELD_MISSING; fields: Company\)/,
    ],
    [
      'an unknown field',
      salesforceCreateContact,
      { LastName: 'L', otherFields: [{ field: 'Shoe_Size__c', value: '9' }] },
      'invalid_field',
      /No such column 'Shoe_Size__c' on sobject of type Contact \(INVALID_FIELD\)/,
    ],
    [
      'a bad email',
      salesforceCreateContact,
      { LastName: 'L', Email: 'not-an-email' },
      'invalid_field',
      /invalid email address.*INVALID_EMAIL_ADDRESS/,
    ],
    [
      'an unknown record id',
      salesforceUpdateLead,
      { recordId: '00QSIM000000999AAA', Title: 'x' },
      'not_found',
      /NOT_FOUND/,
    ],
    [
      'a field that is not an external id',
      salesforceUpsertLead,
      { externalIdField: 'Email', externalIdValue: 'a@b.co', LastName: 'L', Company: 'C' },
      'not_found',
      /external ID field does not exist or is not accessible: Email/,
    ],
  ])('maps %s to a clear, non-retryable error', async (_name, node, props, code, message) => {
    const error = await failure(fx.run(node, props));
    expect(error).toMatchObject({ code, retryable: false });
    expect(error.message).toMatch(message);
  });

  it('explains the daily API limit (403 REQUEST_LIMIT_EXCEEDED, not retried)', async () => {
    fx.sim.setDailyLimit(100, 100);
    const error = await failure(fx.run(salesforceCreateLead, lead));
    expect(error).toMatchObject({ code: 'rate_limited', retryable: false });
    expect(error.message).toMatch(/TotalRequests Limit exceeded/);
    expect(fx.sim.requests.at(-1)!.path).toBe('/services/data/v62.0/sobjects/Lead');
  });

  it.each([
    [429, 'rate_limited'],
    [503, 'vendor_unavailable'],
  ])('reports %i as retryable and creates once on the retry', async (status, code) => {
    await fx.run(salesforceCreateLead, { ...lead, LastName: 'Warm-up' });
    fx.sim.failNext({
      status,
      body: [{ errorCode: 'SERVER_UNAVAILABLE', message: 'try later' }],
      pathPrefix: '/services/data',
    });
    expect(await failure(fx.run(salesforceCreateLead, lead))).toMatchObject({ code, retryable: true });
    await fx.run(salesforceCreateLead, lead);
    expect(fx.sim.records('Lead').map((r) => r.LastName)).toEqual(['Warm-up', 'Lovelace']);
  });

  it('loads writable fields and external id fields from describe', async () => {
    const ctx = optionsContext({}, fx.http, fx.credential);
    const fields = await loadOptions(salesforceCreateLead, 'fields', ctx);
    expect(fields.map((f) => f.value)).toEqual(
      expect.arrayContaining(['LastName', 'Company', 'External_Id__c']),
    );
    expect(fields.map((f) => f.value)).not.toContain('CreatedDate');
    expect(fields.find((f) => f.value === 'Company')!.label).toBe('Company (Company)');
    expect(await loadOptions(salesforceUpsertContact, 'externalIdFields', ctx)).toEqual([
      { value: 'Id', label: 'Record ID (Id)' },
      { value: 'External_Id__c', label: 'External Id (External_Id__c)' },
    ]);
  });
});
