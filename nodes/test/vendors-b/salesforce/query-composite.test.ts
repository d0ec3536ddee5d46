import { salesforceCompositeRequest, salesforceSoqlQuery } from '@ainow/nodes/vendors/salesforce';
import { failure } from '../support/node-harness';
import { startSalesforce, type SalesforceFixture } from './salesforce-fixture';

let fx: SalesforceFixture;
afterEach(() => fx.sim.stop());

const pages = (f: SalesforceFixture) => f.sim.requests.filter((r) => r.path.includes('/query'));

describe('salesforce.soqlQuery', () => {
  it('follows nextRecordsUrl until done and outputs one item per record', async () => {
    fx = await startSalesforce({ seedLeads: 4500 });
    const out = await fx.run(salesforceSoqlQuery, {
      query: 'SELECT Id, Email FROM Lead',
      maxRecords: 10_000,
    });
    expect(out.main).toHaveLength(4500);
    expect(pages(fx).map((r) => r.path)).toEqual([
      '/services/data/v62.0/query',
      expect.stringMatching(/^\/services\/data\/v62\.0\/query\/01gSIM\d+-2000$/),
      expect.stringMatching(/-4000$/),
    ]);
    expect(out.main[0].json).toEqual({
      Id: fx.sim.records('Lead')[0].Id,
      Email: fx.sim.records('Lead')[0].Email,
      _type: 'Lead',
    });
  });

  it('stops reading pages at the maximum', async () => {
    fx = await startSalesforce({ seedLeads: 4500 });
    const out = await fx.run(salesforceSoqlQuery, { query: 'SELECT Id FROM Lead', maxRecords: 2500 });
    expect(out.main).toHaveLength(2500);
    expect(pages(fx)).toHaveLength(2);
  });

  it('filters with WHERE and uses queryAll for deleted records', async () => {
    fx = await startSalesforce({ seedLeads: 50 });
    const email = fx.sim.records('Lead')[7].Email as string;
    const out = await fx.run(salesforceSoqlQuery, {
      query: `SELECT Id, Email FROM Lead WHERE Email = '${email}'`,
      includeDeleted: true,
    });
    expect(out.main.map((i) => i.json.Email)).toEqual([email]);
    expect(pages(fx)[0].path).toBe('/services/data/v62.0/queryAll');
  });

  it.each([
    ['malformed SOQL', 'SELECT FROM Lead', /MALFORMED_QUERY/],
    [
      'an unknown column',
      'SELECT Shoe__c FROM Lead',
      /No such column 'Shoe__c' on entity 'Lead'.*INVALID_FIELD/,
    ],
    ['an unknown object', 'SELECT Id FROM Unicorn', /sObject type 'Unicorn' is not supported.*INVALID_TYPE/],
  ])('explains %s', async (_name, query, message) => {
    fx = await startSalesforce();
    const error = await failure(fx.run(salesforceSoqlQuery, { query }));
    expect(error).toMatchObject({ code: 'invalid_field', retryable: false });
    expect(error.message).toMatch(message);
  });

  it('reads pages on a retry after a 5xx in the middle', async () => {
    fx = await startSalesforce({ seedLeads: 2500 });
    fx.sim.failNext({
      status: 500,
      body: [{ errorCode: 'UNKNOWN_EXCEPTION', message: 'boom' }],
      pathPrefix: '/services/data/v62.0/query/',
    });
    const props = { query: 'SELECT Id FROM Lead', maxRecords: 5000 };
    expect(await failure(fx.run(salesforceSoqlQuery, props))).toMatchObject({
      code: 'vendor_unavailable',
      retryable: true,
    });
    expect((await fx.run(salesforceSoqlQuery, props)).main).toHaveLength(2500);
  });
});

describe('salesforce.compositeRequest', () => {
  const requests = [
    { method: 'POST', url: '/sobjects/Account', referenceId: 'acct', body: { Name: 'Northwind' } },
    {
      method: 'POST',
      url: '/sobjects/Contact',
      referenceId: 'contact',
      body: { LastName: 'Lovelace', AccountId: '@{acct.id}' },
    },
  ];

  it('chains sub-requests through references', async () => {
    fx = await startSalesforce();
    const out = await fx.run(salesforceCompositeRequest, { requests, allOrNone: true });
    const account = fx.sim.records('Account')[0];
    expect(fx.sim.records('Contact')[0].AccountId).toBe(account.Id);
    expect(out.main[0].json).toMatchObject({
      allSucceeded: true,
      compositeResponse: [{ httpStatusCode: 201, referenceId: 'acct' }, { httpStatusCode: 201 }],
    });
  });

  it('rolls everything back under all-or-none and names the failing sub-request', async () => {
    fx = await startSalesforce();
    const broken = [requests[0], { ...requests[1], body: { AccountId: '@{acct.id}' } }];
    const error = await failure(fx.run(salesforceCompositeRequest, { requests: broken, allOrNone: true }));
    expect(error.message).toMatch(
      /"contact" failed with REQUIRED_FIELD_MISSING: Required fields are missing: \[LastName\]/,
    );
    expect(fx.sim.records('Account')).toHaveLength(0);
  });

  it('keeps what succeeded without all-or-none', async () => {
    fx = await startSalesforce();
    const broken = [requests[0], { ...requests[1], body: { AccountId: '@{acct.id}' } }];
    const out = await fx.run(salesforceCompositeRequest, { requests: broken, allOrNone: false });
    expect(out.main[0].json.allSucceeded).toBe(false);
    expect(fx.sim.records('Account')).toHaveLength(1);
  });
});
