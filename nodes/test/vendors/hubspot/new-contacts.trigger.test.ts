import { memoryState, pollNode } from '@ainow/engine/testing';
import {
  createHubSpotSimulator,
  HUBSPOT_SIMULATOR_TOKEN,
  type HubSpotSimulator,
} from '@ainow/nodes/simulators/hubspot';
import { hubSpotCredential, newContacts } from '@ainow/nodes/vendors/hubspot';
import { createTestHttpClient, useSimulator } from '../support';

function connect(sim: HubSpotSimulator, accessToken = HUBSPOT_SIMULATOR_TOKEN) {
  const credential = { id: 'cred_hs', type: 'hubspot', values: { accessToken }, baseUrl: sim.url() };
  return { credential, http: createTestHttpClient(hubSpotCredential, credential) };
}

describe('HubSpot: new or updated contacts (polling trigger)', () => {
  const sim = useSimulator(() =>
    createHubSpotSimulator({ seedContacts: 250, searchRateLimit: { requests: 1000, perMs: 1000 } }),
  );
  const emails = (items: Array<{ json: Record<string, unknown> }>) => items.map((i) => i.json.email);
  const poll = (state: ReturnType<typeof memoryState>, props: Record<string, unknown> = {}) =>
    pollNode(newContacts, {
      ...connect(sim()),
      state,
      props: { event: 'created', lookbackHours: 0, ...props },
    });

  it('starts from activation by default, then emits each new contact once', async () => {
    const state = memoryState();
    expect(await poll(state)).toEqual([]);
    sim().store.create('contacts', { email: 'new.one@example.com', firstname: 'New' });
    sim().store.create('contacts', { email: 'new.two@example.com', firstname: 'Two' });
    const second = await poll(state);
    expect(emails(second)).toEqual(['new.one@example.com', 'new.two@example.com']);
    expect(second[0].json).toMatchObject({ id: expect.stringMatching(/^\d+$/), firstname: 'New' });
    expect(await poll(state)).toEqual([]);
    sim().store.create('contacts', { email: 'new.three@example.com' });
    expect(emails(await poll(state))).toEqual(['new.three@example.com']);
  });

  it('looks back on the first check, oldest first, and carries on next check past the per-check cap', async () => {
    const state = memoryState();
    const total = sim().store.records.contacts.size; // 250 seeded, and those other tests added
    const batches: number[] = [];
    const ids = new Set<unknown>();
    for (let i = 0; i < 4; i++) {
      const items = await poll(state, { lookbackHours: 24, maxPerCheck: 100 });
      batches.push(items.length);
      for (const item of items) ids.add(item.json.id);
    }
    expect(batches).toEqual([100, 100, total - 200, 0]);
    expect(ids.size).toBe(total);
  });

  it('keeps to the filters and the properties asked for', async () => {
    const state = memoryState();
    await poll(state);
    sim().store.create('contacts', { email: 'worked@example.com', hs_lead_status: 'OPEN' });
    sim().store.create('contacts', { email: 'fresh@example.com', jobtitle: 'CFO' });
    const items = await poll(state, {
      filters: [{ property: 'hs_lead_status', operator: 'NOT_HAS_PROPERTY' }],
      properties: ['email', 'jobtitle'],
    });
    expect(emails(items)).toEqual(['fresh@example.com']);
    expect(items[0].json).toMatchObject({ email: 'fresh@example.com', jobtitle: 'CFO' });
    expect(items[0].json).not.toHaveProperty('firstname');
  });

  it('emits an updated contact again when the event is "updated"', async () => {
    const state = memoryState();
    expect(await poll(state, { event: 'updated' })).toEqual([]);
    const contact = [...sim().store.records.contacts.values()][3];
    await new Promise((resolve) => setTimeout(resolve, 5));
    sim().store.update(contact, { jobtitle: 'VP Sales' });
    const items = await poll(state, { event: 'updated' });
    expect(items.map((i) => i.json.id)).toEqual([contact.id]);
    expect(await poll(state, { event: 'updated' })).toEqual([]);
  });

  it('says what is wrong with a bad token, and refuses more filters than HubSpot takes', async () => {
    await expect(
      pollNode(newContacts, { ...connect(sim(), 'wrong-token'), state: memoryState(), props: {} }),
    ).rejects.toMatchObject({ code: 'auth_failed', message: expect.stringContaining('access token') });
    const six = Array.from({ length: 6 }, () => ({ property: 'email', operator: 'HAS_PROPERTY' }));
    expect(newContacts.validate?.({ filters: six })).toEqual([expect.stringContaining('at most 5')]);
    await expect(poll(memoryState(), { filters: six })).rejects.toThrow(/at most 5 filters/);
  });
});
