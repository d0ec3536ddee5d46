import { salesforceCredential, salesforceSoqlQuery } from '@ainow/nodes/vendors/salesforce';
import { createTestHttp, testCredential } from '../support/test-http';
import { failure } from '../support/node-harness';
import { startSalesforce, type SalesforceFixture } from './salesforce-fixture';

let fx: SalesforceFixture;
afterEach(() => fx.sim.stop());

const count = { query: 'SELECT COUNT() FROM Lead' };

describe('salesforce credential', () => {
  it('gets one token with client credentials and reuses it from the cache', async () => {
    fx = await startSalesforce({ seedLeads: 3 });
    for (let i = 0; i < 3; i++) await fx.run(salesforceSoqlQuery, count);
    expect(fx.sim.tokensIssued()).toBe(1);
    const token = fx.sim.requests.find((r) => r.path === '/services/oauth2/token')!;
    expect(token.body).toEqual({
      client_id: fx.sim.clientId,
      client_secret: fx.sim.clientSecret,
      grant_type: 'client_credentials',
    });
  });

  it('calls the instance_url from the token answer, not the login host', async () => {
    fx = await startSalesforce();
    const loginHost = fx.sim.url().replace('127.0.0.1', 'localhost');
    const credential = { ...fx.credential, baseUrl: loginHost };
    await createTestHttp(salesforceCredential, credential).request({ url: '/services/data/v62.0/limits' });
    const [token, data] = fx.sim.requests;
    expect(token.headers.host).toBe(loginHost.replace('http://', ''));
    expect(data.headers.host).toBe(fx.sim.url().replace('http://', ''));
    expect(data.headers.authorization).toMatch(/^Bearer 00DSIM/);
  });

  it('signs in with a refresh token', async () => {
    fx = await startSalesforce({}, {});
    const values = {
      grantType: 'refresh_token',
      clientId: fx.sim.clientId,
      refreshToken: fx.sim.refreshToken,
      apiVersion: '62.0',
    };
    await expect(testCredential(salesforceCredential, { ...fx.credential, values })).resolves.toBeUndefined();
    expect(fx.sim.requests[0].body).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: fx.sim.refreshToken,
    });
  });

  it('renews the token shortly before the session times out', async () => {
    fx = await startSalesforce({}, { sessionMinutes: 1 });
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now');
    try {
      clock.mockReturnValue(now);
      await fx.run(salesforceSoqlQuery, count);
      clock.mockReturnValue(now + 50_000);
      await fx.run(salesforceSoqlQuery, count);
      expect(fx.sim.tokensIssued()).toBe(1);
      clock.mockReturnValue(now + 55_000);
      await fx.run(salesforceSoqlQuery, count);
      expect(fx.sim.tokensIssued()).toBe(2);
    } finally {
      clock.mockRestore();
    }
  });

  it('gets a new session once when Salesforce says INVALID_SESSION_ID', async () => {
    fx = await startSalesforce({ seedLeads: 2 });
    await fx.run(salesforceSoqlQuery, count);
    fx.sim.revokeSessions();
    const out = await fx.run(salesforceSoqlQuery, { query: 'SELECT Id FROM Lead' });
    expect(out.main).toHaveLength(2);
    expect(fx.sim.tokensIssued()).toBe(2);
  });

  it.each([
    ['a wrong secret', { clientSecret: 'nope' }, /invalid_client: invalid client credentials/],
    ['an unknown consumer key', { clientId: 'nope' }, /invalid_client_id: client identifier invalid/],
    [
      'a revoked refresh token',
      { grantType: 'refresh_token', refreshToken: 'old' },
      /invalid_grant: expired access\/refresh token.*refresh token/,
    ],
  ])('explains a refused sign-in with %s', async (_name, values, message) => {
    fx = await startSalesforce({}, values);
    const error = await failure(fx.run(salesforceSoqlQuery, count));
    expect(error).toMatchObject({ code: 'auth_failed', retryable: false });
    expect(error.message).toMatch(message);
  });

  it('tests the credential against /limits', async () => {
    fx = await startSalesforce();
    await expect(testCredential(salesforceCredential, fx.credential)).resolves.toBeUndefined();
    expect(fx.sim.requests.map((r) => r.path)).toEqual([
      '/services/oauth2/token',
      '/services/data/v62.0/limits',
    ]);
  });
});
