import { generateKeyPairSync } from 'node:crypto';
import { runNode } from '@ainow/engine/testing';
import { leadData } from '@ainow/nodes/simulators';
import {
  createZoomInfoSimulator,
  zoomInfoPersonId,
  ZOOMINFO_SIMULATOR_PASSWORD,
  ZOOMINFO_SIMULATOR_USER,
  type ZoomInfoSimulator,
} from '@ainow/nodes/simulators/zoominfo';
import { enrichContacts, searchContacts, zoomInfoCredential } from '@ainow/nodes/vendors/zoominfo';
import { createTestHttpClient, useSimulator, withRetries, withSimulator } from '../support';

const leads = leadData(500);
const passwordValues = {
  method: 'password',
  username: ZOOMINFO_SIMULATOR_USER,
  password: ZOOMINFO_SIMULATOR_PASSWORD,
};

function connect(sim: ZoomInfoSimulator, values: Record<string, unknown> = passwordValues) {
  const credential = { id: 'cred_zi', type: 'zoominfo', values, baseUrl: sim.url() };
  return { credential, http: createTestHttpClient(zoomInfoCredential, credential) };
}

describe('zoominfo nodes', () => {
  const sim = useSimulator(() => createZoomInfoSimulator());

  it('searches contacts with one JWT for every page, one item per contact', async () => {
    const issued = sim().tokensIssued();
    const out = await runNode(searchContacts, {
      ...connect(sim()),
      props: { managementLevel: ['VP Level Exec'], maxResults: 150 },
      items: [{ json: {} }],
    });
    const vps = leads.filter((l) => l.seniority === 'vp').length;
    expect(out.main).toHaveLength(Math.min(150, vps));
    expect(out.main[0].json).toMatchObject({
      hasEmail: expect.any(Boolean),
      company: { name: expect.any(String) },
    });
    expect(sim().tokensIssued() - issued).toBe(1);
    const pages = sim()
      .requests.filter((r) => r.path === '/search/contact')
      .slice(-2)
      .map((r) => (r.body as { page: number }).page);
    expect(pages).toEqual([1, 2]);
  });

  it('says which search field ZoomInfo rejected', async () => {
    await expect(
      runNode(searchContacts, {
        ...connect(sim()),
        props: { moreCriteria: { shoeSize: 9 }, maxResults: 10 },
        items: [{ json: {} }],
      }),
    ).rejects.toMatchObject({
      code: 'invalid_request',
      retryable: false,
      message: expect.stringContaining('shoeSize'),
    });
  });

  it('enriches items in batches of 25, keeping order and pairing', async () => {
    const items = leads.slice(0, 30).map((l) => ({ json: { id: zoomInfoPersonId(l) } }));
    items[5] = { json: { id: 1 } };
    const before = sim().requests.filter((r) => r.path === '/enrich/contact').length;
    const out = await runNode(enrichContacts, {
      ...connect(sim()),
      propsPerItem: items.map((i) => ({
        personId: String(i.json.id),
        outputFields: ['id', 'email', 'companyName'],
      })),
      items,
    });
    expect(sim().requests.filter((r) => r.path === '/enrich/contact').length - before).toBe(2);
    expect(out.main).toHaveLength(30);
    expect(out.main[0].json).toMatchObject({
      matchStatus: 'FULL_MATCH',
      email: leads[0].emailStatus === 'invalid' ? '' : leads[0].email,
      companyName: leads[0].company.name,
    });
    expect(out.main[5].json).toMatchObject({ matchStatus: 'NO_MATCH' });
    expect(out.main[29].pairedItem).toEqual({ item: 29 });
  });

  it.each([
    ['a wrong password', { ...passwordValues, password: 'nope' }],
    ['an unknown user', { ...passwordValues, username: 'who@example.com' }],
  ])('rejects %s with a clear 401', async (_label, values) => {
    await expect(
      runNode(searchContacts, { ...connect(sim(), values), props: { maxResults: 1 }, items: [{ json: {} }] }),
    ).rejects.toMatchObject({
      code: 'auth_failed',
      retryable: false,
      message: expect.stringContaining('ZoomInfo rejected the credentials'),
    });
  });

  it.each([
    [
      '429',
      {
        status: 429,
        headers: { 'Retry-After': '1' },
        body: { success: false, statusCode: 429, error: 'Too Many Requests', message: 'slow down' },
      },
      [1000],
    ],
    [
      '503',
      {
        status: 503,
        body: { success: false, statusCode: 503, error: 'Service Unavailable', message: 'down' },
      },
      [10],
    ],
  ])('retries a %s and then succeeds', async (_label, failure, expectedWaits) => {
    const { http, credential } = connect(sim());
    await runNode(searchContacts, { http, credential, props: { maxResults: 1 }, items: [{ json: {} }] });
    sim().failNext({ ...failure, pathPrefix: '/search' });
    const { result, waits } = await withRetries(() =>
      runNode(searchContacts, { http, credential, props: { maxResults: 2 }, items: [{ json: {} }] }),
    );
    expect(waits).toEqual(expectedWaits);
    expect(result.main).toHaveLength(2);
  });
});

describe('zoominfo authentication', () => {
  it('authenticates with a PKI client JWT', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const sim = createZoomInfoSimulator({
      pkiClients: [{ clientId: 'client-1', username: 'pki@example.com', publicKey }],
    });
    await withSimulator(sim, async () => {
      const values = {
        method: 'pki',
        username: 'pki@example.com',
        clientId: 'client-1',
        privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      };
      const out = await runNode(searchContacts, {
        ...connect(sim, values),
        props: { maxResults: 3 },
        items: [{ json: {} }],
      });
      expect(out.main).toHaveLength(3);
      expect(sim.requests[0].body).toBeUndefined();
      expect(sim.requests[0].headers.authorization).toMatch(/^Bearer ey/);
    });
  });

  it('re-authenticates once the cached JWT is near expiry', async () => {
    const sim = createZoomInfoSimulator({ tokenTtlMs: 2000 });
    await withSimulator(sim, async () => {
      const setup = connect(sim);
      const search = () =>
        runNode(searchContacts, { ...setup, props: { maxResults: 1 }, items: [{ json: {} }] });
      await search();
      await search();
      expect(sim.tokensIssued()).toBe(1);
      await new Promise((r) => setTimeout(r, 1100));
      await search();
      expect(sim.tokensIssued()).toBe(2);
    });
  });

  it('fails enrich with no_credits when the record limit is used up', async () => {
    const sim = createZoomInfoSimulator({ recordLimit: 1 });
    await withSimulator(sim, async () => {
      const items = leads.slice(0, 2).map((l) => ({ json: {}, email: l.email }));
      await expect(
        runNode(enrichContacts, {
          ...connect(sim),
          propsPerItem: items.map((i) => ({ email: i.email })),
          items: items.map(() => ({ json: {} })),
        }),
      ).rejects.toMatchObject({ code: 'no_credits', retryable: false });
    });
  });
});
