import { salesforceSoqlQuery } from '@ainow/nodes/vendors/salesforce';
import { startSalesforce, type SalesforceFixture } from './salesforce-fixture';

/** The simulator's SOQL subset, driven through the query node. */
let fx: SalesforceFixture;
beforeAll(async () => {
  fx = await startSalesforce();
  const leads = [
    { LastName: 'Lovelace', Company: 'Northwind', Email: 'ada@northwind.test', Title: 'CTO' },
    { LastName: 'Hopper', Company: 'Globex', Email: 'grace@globex.test', Title: 'VP Sales' },
    { LastName: 'Turing', Company: 'Initech', Email: 'alan@initech.test', Title: 'Sales Manager' },
    { LastName: "O'Brien", Company: 'Globex', Email: 'ob@globex.test' },
  ];
  for (const lead of leads) fx.sim.store.create('Lead', lead);
});
afterAll(() => fx.sim.stop());

const names = async (query: string) =>
  (await fx.run(salesforceSoqlQuery, { query, maxRecords: 100 })).main.map((i) => i.json.LastName);

describe('simulated SOQL', () => {
  it.each([
    ["SELECT LastName FROM Lead WHERE Company = 'globex'", ['Hopper', "O'Brien"]],
    ["SELECT LastName FROM Lead WHERE Company = 'Globex' AND Title != null", ['Hopper']],
    ["SELECT LastName FROM Lead WHERE Company = 'Initech' OR Title LIKE '%CTO%'", ['Lovelace', 'Turing']],
    ["SELECT LastName FROM Lead WHERE NOT (Company IN ('Globex', 'Initech'))", ['Lovelace']],
    ["SELECT LastName FROM Lead WHERE Company NOT IN ('Globex')", ['Lovelace', 'Turing']],
    ["SELECT LastName FROM Lead WHERE LastName = 'O\\'Brien'", ["O'Brien"]],
    ['SELECT LastName FROM Lead ORDER BY LastName DESC LIMIT 2', ['Turing', "O'Brien"]],
    ['SELECT LastName FROM Lead ORDER BY LastName LIMIT 2 OFFSET 1', ['Lovelace', "O'Brien"]],
    ["select lastname from Lead where title like '%sales%' order by lastname", ['Hopper', 'Turing']],
  ])('%s', async (query, expected) => {
    expect(await names(query)).toEqual(expected);
  });

  it('answers COUNT() with totalSize and no records', async () => {
    const res = await fx.http.request<{ totalSize: number; records: unknown[]; done: boolean }>({
      url: '/services/data/v62.0/query',
      query: { q: "SELECT COUNT() FROM Lead WHERE Company = 'Globex'" },
    });
    expect(res.body).toEqual({ totalSize: 2, done: true, records: [] });
    expect(res.headers['sforce-limit-info']).toMatch(/^api-usage=\d+\/15000$/);
  });
});
