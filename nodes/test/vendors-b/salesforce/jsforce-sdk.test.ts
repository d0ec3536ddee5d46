import { Connection } from 'jsforce';
import { createSalesforceSimulator, type SalesforceSimulator } from '@ainow/nodes/simulators/salesforce';

/** The official jsforce SDK against the simulator: loginUrl for OAuth2, then the returned instance_url (vendor-contracts §11.5, §15). */
let sim: SalesforceSimulator;

beforeEach(async () => {
  sim = createSalesforceSimulator({ seedLeads: 2300 });
  await sim.start();
});
afterEach(() => sim.stop());

async function connect(): Promise<Connection> {
  const conn = new Connection({
    oauth2: {
      loginUrl: sim.url(),
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      redirectUri: 'http://localhost/cb',
    },
    version: '62.0',
  });
  await conn.authorize({ grant_type: 'client_credentials' });
  return conn;
}

describe('jsforce against the simulator', () => {
  it('signs in with client credentials and uses the returned instance_url', async () => {
    const conn = await connect();
    expect(conn.instanceUrl).toBe(sim.url());
    expect(conn.accessToken).toMatch(/^00DSIM/);
  });

  it('signs in with username and password through OAuth2', async () => {
    const conn = new Connection({
      oauth2: { loginUrl: sim.url(), clientId: sim.clientId, clientSecret: sim.clientSecret },
      version: '62.0',
    });
    const user = await conn.login('ops@acme.example', 'simulator-password');
    expect(user.organizationId).toBe('00DSIM0000000001');
  });

  it('creates, reads, updates and upserts records', async () => {
    const conn = await connect();
    const created = await conn
      .sobject('Contact')
      .create({ LastName: 'Lovelace', Email: 'ada@northwind.test' });
    expect(created).toMatchObject({ success: true });
    const id = (created as { id: string }).id;
    await conn.sobject('Contact').update({ Id: id, Title: 'CTO' });
    const read = await conn.sobject('Contact').retrieve(id);
    expect(read).toMatchObject({ Id: id, Title: 'CTO', attributes: { type: 'Contact' } });
    const upserted = await conn
      .sobject('Contact')
      .upsert({ External_Id__c: 'x-1', LastName: 'Hopper' }, 'External_Id__c');
    expect(upserted).toMatchObject({ success: true, created: true });
    const again = await conn
      .sobject('Contact')
      .upsert({ External_Id__c: 'x-1', LastName: 'Hopper', Title: 'Admiral' }, 'External_Id__c');
    expect(again).toMatchObject({ success: true, created: false });
    expect(sim.records('Contact')).toHaveLength(2);
  });

  it('creates many records through sObject Collections', async () => {
    const conn = await connect();
    const results = await conn.sobject('Lead').create([{ LastName: 'A', Company: 'X' }, { LastName: 'B' }]);
    expect(results.map((r) => r.success)).toEqual([true, false]);
    expect(sim.requests.some((r) => r.path === '/services/data/v62.0/composite/sobjects')).toBe(true);
  });

  it('fetches every page of a query with autoFetch', async () => {
    const conn = await connect();
    const result = await conn.query('SELECT Id, Email FROM Lead', { autoFetch: true, maxFetch: 5000 });
    expect(result.totalSize).toBe(2300);
    expect(result.records).toHaveLength(2300);
    expect(sim.requests.filter((r) => r.path.startsWith('/services/data/v62.0/query')).length).toBe(2);
  });

  it('describes an object and reads the limit info header', async () => {
    const conn = await connect();
    const meta = await conn.sobject('Lead').describe();
    expect(meta.fields.find((f) => f.name === 'External_Id__c')).toMatchObject({ externalId: true });
    expect(conn.limitInfo.apiUsage).toMatchObject({ used: 1, limit: 15000 });
  });

  it('gets INVALID_SESSION_ID with a stale token and no way to refresh', async () => {
    const conn = new Connection({ instanceUrl: sim.url(), accessToken: '00DSIM!stale', version: '62.0' });
    const error = (await conn.query('SELECT Id FROM Lead').then(
      () => undefined,
      (e: unknown) => e,
    )) as { errorCode: string };
    expect(error.errorCode).toBe('INVALID_SESSION_ID');
  });

  it('refreshes a stale token with the refresh-token grant and retries', async () => {
    const conn = new Connection({
      oauth2: { loginUrl: sim.url(), clientId: sim.clientId, clientSecret: sim.clientSecret },
      instanceUrl: sim.url(),
      accessToken: '00DSIM!stale',
      refreshToken: sim.refreshToken,
      version: '62.0',
    });
    const result = await conn.query('SELECT COUNT() FROM Lead');
    expect(result.totalSize).toBe(2300);
    expect(sim.tokensIssued()).toBe(1);
  });

  it.each([
    [
      'a missing required field',
      (c: Connection) => c.sobject('Lead').create({ LastName: 'x' }),
      'REQUIRED_FIELD_MISSING',
    ],
    ['malformed SOQL', (c: Connection) => c.query('SELECT FROM Lead'), 'MALFORMED_QUERY'],
    [
      'the daily limit',
      (c: Connection) => (sim.setDailyLimit(1, 1), c.query('SELECT Id FROM Lead')),
      'REQUEST_LIMIT_EXCEEDED',
    ],
  ])('surfaces %s with the Salesforce errorCode', async (_name, call, errorCode) => {
    const conn = await connect();
    const error = (await Promise.resolve(call(conn)).catch((e: unknown) => e)) as { errorCode: string };
    expect(error.errorCode).toBe(errorCode);
  });
});
