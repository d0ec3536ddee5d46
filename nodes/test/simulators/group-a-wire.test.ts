import { APOLLO_SIMULATOR_KEY, createApolloSimulator } from '@ainow/nodes/simulators/apollo';
import { createNeverBounceSimulator, NEVERBOUNCE_SIMULATOR_KEY } from '@ainow/nodes/simulators/neverbounce';
import { createZeroBounceSimulator, ZEROBOUNCE_SIMULATOR_KEY } from '@ainow/nodes/simulators/zerobounce';
import {
  createZoomInfoSimulator,
  ZOOMINFO_SIMULATOR_PASSWORD,
  ZOOMINFO_SIMULATOR_USER,
} from '@ainow/nodes/simulators/zoominfo';
import { groupACredentials, groupANodes, groupASimulators } from '../../src/vendors/group-a';
import { withSimulator } from '../vendors/support';

/** Wire-level quirks from vendor-contracts.md that the node tests do not reach. */
describe('group A simulators on the wire', () => {
  it('Apollo sends its rate-limit headers on success and accepts filters as query parameters', () =>
    withSimulator(createApolloSimulator({ rateLimit: { requests: 5, perMs: 60_000 } }), async (sim) => {
      const res = await fetch(
        `${sim.url()}/api/v1/mixed_people/api_search?person_seniorities[]=vp&per_page=3`,
        {
          method: 'POST',
          headers: { 'x-api-key': APOLLO_SIMULATOR_KEY },
        },
      );
      const body = (await res.json()) as { total_entries: number; people: Array<{ title: string }> };
      expect(res.headers.get('x-minute-requests-left')).toBe('4');
      expect(res.headers.get('x-rate-limit-hourly')).toBe('150');
      expect(body.people).toHaveLength(3);
      expect(body.people.every((p) => /VP/.test(p.title))).toBe(true);
      const denied = await fetch(`${sim.url()}/api/v1/mixed_people/api_search`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${APOLLO_SIMULATOR_KEY}` },
      });
      expect(denied.status).toBe(401);
    }));

  it('ZoomInfo takes form-encoded credentials and sends X-RateLimit headers', () =>
    withSimulator(createZoomInfoSimulator(), async (sim) => {
      const auth = await fetch(`${sim.url()}/authenticate`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          username: ZOOMINFO_SIMULATOR_USER,
          password: ZOOMINFO_SIMULATOR_PASSWORD,
        }).toString(),
      });
      const { jwt } = (await auth.json()) as { jwt: string };
      const exp = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()).exp as number;
      expect(exp * 1000 - Date.now()).toBeGreaterThan(59 * 60_000);
      const search = await fetch(`${sim.url()}/search/contact`, {
        method: 'POST',
        headers: { authorization: `Bearer ${jwt}`, 'content-type': 'application/json' },
        body: '{"rpp":101}',
      });
      expect(search.status).toBe(400);
      expect(search.headers.get('x-ratelimit-limit')).toBe('1500');
      expect(await search.json()).toMatchObject({ success: false, statusCode: 400 });
    }));

  it.each(['GET', 'POST'])(
    'NeverBounce answers %s the same way, and a bad key with HTTP 200 auth_failure',
    (method) =>
      withSimulator(createNeverBounceSimulator(), async (sim) => {
        const params = { key: NEVERBOUNCE_SIMULATOR_KEY, email: 'valid@example.com' };
        const res =
          method === 'GET'
            ? await fetch(`${sim.url()}/v4.2/single/check?${new URLSearchParams(params)}`)
            : await fetch(`${sim.url()}/v4.2/single/check`, {
                method,
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(params),
              });
        expect(await res.json()).toMatchObject({ status: 'success', result: 'valid' });
        const bad = await fetch(`${sim.url()}/v4.2/account/info?key=secret_x`);
        expect(bad.status).toBe(200);
        expect(await bad.json()).toMatchObject({
          status: 'auth_failure',
          message: "Invalid API key 'secret_x'",
        });
      }),
  );

  it('ZeroBounce parses validatebatch JSON sent as text/plain (as its SDK does) and says -1 credits for a bad key', () =>
    withSimulator(createZeroBounceSimulator(), async (sim) => {
      const res = await fetch(`${sim.url()}/v2/validatebatch`, {
        method: 'POST',
        body: JSON.stringify({
          api_key: ZEROBOUNCE_SIMULATOR_KEY,
          email_batch: [{ email_address: 'valid@example.com' }],
        }),
      });
      expect(await res.json()).toMatchObject({
        email_batch: [{ address: 'valid@example.com', status: 'valid' }],
        errors: [],
      });
      expect(await (await fetch(`${sim.url()}/v2/getcredits?api_key=nope`)).json()).toEqual({
        Credits: '-1',
      });
    }));

  it('group A lists unique node types, one credential per vendor, and a simulator for each credential', () => {
    const types = groupANodes.map((n) => n.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types).toHaveLength(19);
    for (const credential of groupACredentials) {
      expect(groupASimulators[credential.baseUrl!.simulator!]).toBeInstanceOf(Function);
      expect(credential.secretFields!.length).toBeGreaterThan(0);
    }
    for (const node of groupANodes) {
      expect(groupACredentials.map((c) => c.name)).toContain(node.credential!.type);
      expect(node.outputSample).toBeDefined();
      expect(node.trigger ? ['Triggers'] : ['Leads', 'CRM']).toContain(node.category);
    }
  });
});
