import type { RunContext } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';
import { leadData } from '@ainow/nodes/simulators';
import {
  createHubSpotSimulator,
  HUBSPOT_SIMULATOR_TOKEN,
  type HubSpotSimulator,
} from '@ainow/nodes/simulators/hubspot';
import {
  addNote,
  batchUpsertContacts,
  createContact,
  createDeal,
  hubSpotCredential,
  searchContacts,
  updateContact,
  upsertContact,
} from '@ainow/nodes/vendors/hubspot';
import { createTestHttpClient, useSimulator, withRetries, withSimulator } from '../support';

function connect(sim: HubSpotSimulator, accessToken = HUBSPOT_SIMULATOR_TOKEN) {
  const credential = { id: 'cred_hs', type: 'hubspot', values: { accessToken }, baseUrl: sim.url() };
  return { credential, http: createTestHttpClient(hubSpotCredential, credential) };
}
const one = (props: Record<string, unknown>) => ({ props, items: [{ json: {} }] });

describe('hubspot contact nodes', () => {
  const sim = useSimulator(() => createHubSpotSimulator({ seedContacts: 250 }));

  it('creates a contact, then refuses a duplicate with the existing id', async () => {
    const out = await runNode(createContact, {
      ...connect(sim()),
      ...one({ email: 'Grace@Example.com', firstName: 'Grace', lifecycleStage: 'lead' }),
    });
    expect(out.main[0].json).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      email: 'grace@example.com',
      firstname: 'Grace',
      lifecyclestage: 'lead',
    });
    await expect(
      runNode(createContact, { ...connect(sim()), ...one({ email: 'grace@example.com' }) }),
    ).rejects.toMatchObject({
      code: 'conflict',
      retryable: false,
      message: expect.stringContaining(`Existing ID: ${out.main[0].json.id}`),
    });
  });

  it('upserts by email: the second run updates instead of duplicating', async () => {
    const upsert = (jobTitle: string) =>
      runNode(upsertContact, { ...connect(sim()), ...one({ email: 'alan@example.com', jobTitle }) });
    const first = (await upsert('Engineer')).main[0].json;
    const second = (await upsert('Director')).main[0].json;
    expect(first).toMatchObject({ isNew: true, jobtitle: 'Engineer' });
    expect(second).toMatchObject({ isNew: false, id: first.id, jobtitle: 'Director' });
    expect(
      [...sim().store.records.contacts.values()].filter((c) => c.properties.email === 'alan@example.com'),
    ).toHaveLength(1);
  });

  it('updates a contact found by email, and says when it does not exist', async () => {
    const out = await runNode(updateContact, {
      ...connect(sim()),
      ...one({ findBy: 'email', contact: 'ALAN@example.com', phone: '+441234' }),
    });
    expect(out.main[0].json).toMatchObject({ email: 'alan@example.com', phone: '+441234' });
    await expect(
      runNode(updateContact, { ...connect(sim()), ...one({ findBy: 'id', contact: '999999', phone: '1' }) }),
    ).rejects.toMatchObject({ code: 'not_found', retryable: false });
  });

  it.each([
    ['an invalid email', { email: 'not-an-email' }, 'email: Email address not-an-email is invalid'],
    [
      'an unknown property',
      { email: 'x@example.com', moreProperties: [{ property: 'shoe_size', value: '9' }] },
      'shoe_size: Property "shoe_size" does not exist',
    ],
  ])('explains %s, property by property', async (_label, props, detail) => {
    await expect(runNode(createContact, { ...connect(sim()), ...one(props) })).rejects.toMatchObject({
      code: 'invalid_request',
      retryable: false,
      message: expect.stringContaining(detail),
    });
  });

  it('batch-upserts items 100 per request, merging duplicate emails and keeping order', async () => {
    const emails = Array.from({ length: 150 }, (_, i) => `batch${i % 140}@example.com`);
    const before = sim().requests.filter((r) => r.path.endsWith('/batch/upsert')).length;
    const out = await runNode(batchUpsertContacts, {
      ...connect(sim()),
      items: emails.map(() => ({ json: {} })),
      propsPerItem: emails.map((email, i) => ({ email, firstName: `N${i}` })),
    });
    expect(sim().requests.filter((r) => r.path.endsWith('/batch/upsert')).length - before).toBe(2);
    expect(out.main).toHaveLength(150);
    expect(out.main[0].json).toMatchObject({ email: 'batch0@example.com', firstname: 'N140', isNew: true });
    expect(out.main[140].json.id).toBe(out.main[0].json.id);
    expect(out.main[149].pairedItem).toEqual({ item: 149 });
  });

  it('searches with filters and pages with the after cursor up to maxResults', async () => {
    const before = sim().requests.length;
    const out = await runNode(searchContacts, {
      ...connect(sim()),
      ...one({
        filters: [{ property: 'email', operator: 'HAS_PROPERTY' }],
        properties: ['email', 'jobtitle'],
        maxResults: 220,
      }),
    });
    expect(out.main).toHaveLength(220);
    const afters = sim()
      .requests.slice(before)
      .map((r) => (r.body as { after?: string }).after);
    expect(afters).toEqual([undefined, '200']);
    expect(out.main[0].json).toHaveProperty('jobtitle');
    const exact = await runNode(searchContacts, {
      ...connect(sim()),
      ...one({
        filters: [{ property: 'email', operator: 'EQ', value: leadData(500)[7].email.toUpperCase() }],
        maxResults: 10,
      }),
    });
    expect(exact.main.map((i) => i.json.email)).toEqual([leadData(500)[7].email]);
  });

  it('loads property, pipeline and stage options from the portal', async () => {
    const ctx = { ...connect(sim()), props: { pipeline: '7623412' } } as unknown as RunContext<never>;
    const properties = await createContact.loadOptions!.contactProperties(ctx);
    expect(properties).toContainEqual({ value: 'email', label: 'Email' });
    expect(properties.map((p) => p.value)).not.toContain('hs_object_id');
    expect(await createDeal.loadOptions!.dealPipelines(ctx)).toEqual([
      { value: 'default', label: 'Sales Pipeline' },
      { value: '7623412', label: 'Partner Pipeline' },
    ]);
    expect((await createDeal.loadOptions!.dealStages(ctx)).map((s) => s.value)).toEqual([
      '7623413',
      '7623414',
      '7623415',
    ]);
  });

  it('creates a deal associated with a contact found by email, and adds a note to both', async () => {
    const contactId = String(sim().store.findByEmail('alan@example.com')!.id);
    const deal = (
      await runNode(createDeal, {
        ...connect(sim()),
        ...one({
          dealName: 'Pilot',
          pipeline: 'default',
          stage: 'qualifiedtobuy',
          amount: 1200,
          contact: 'alan@example.com',
        }),
      })
    ).main[0].json;
    expect(deal).toMatchObject({ dealname: 'Pilot', dealstage: 'qualifiedtobuy', amount: '1200', contactId });
    expect(
      sim()
        .store.associationsOf('contacts', contactId, 'deals')
        .map((a) => a.toId),
    ).toEqual([deal.id]);
    const note = (
      await runNode(addNote, {
        ...connect(sim()),
        ...one({ body: 'Called: interested', contact: contactId, dealId: deal.id }),
      })
    ).main[0].json;
    expect(
      sim()
        .store.associationsOf('notes', String(note.id), 'contacts')
        .map((a) => a.toId),
    ).toEqual([contactId]);
    expect(
      sim()
        .store.associationsOf('deals', String(deal.id), 'notes')
        .map((a) => a.toId),
    ).toEqual([note.id]);
  });

  it('refuses a stage that is not in the pipeline', async () => {
    await expect(
      runNode(createDeal, {
        ...connect(sim()),
        ...one({ dealName: 'X', pipeline: 'default', stage: 'nope' }),
      }),
    ).rejects.toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('dealstage'),
    });
  });

  it.each([
    ['create contact', createContact, { email: 'z@example.com' }],
    ['search contacts', searchContacts, { maxResults: 1 }],
  ])('%s: says the token is wrong on 401', async (_label, node, props) => {
    await expect(runNode(node, { ...connect(sim(), 'pat-na1-wrong'), ...one(props) })).rejects.toMatchObject({
      code: 'auth_failed',
      retryable: false,
      message: 'HubSpot rejected the access token (401). Check the credential.',
    });
  });

  it.each([
    [
      'ten-second 429 (no Retry-After: 10 s like the SDK)',
      {
        status: 429,
        body: {
          status: 'error',
          message: 'You have reached your ten_secondly_rolling limit.',
          errorType: 'RATE_LIMIT',
          policyName: 'TEN_SECONDLY_ROLLING',
        },
      },
      10_000,
    ],
    [
      '429 with Retry-After',
      {
        status: 429,
        headers: { 'Retry-After': '2' },
        body: { status: 'error', message: 'slow down', policyName: 'TEN_SECONDLY_ROLLING' },
      },
      2000,
    ],
    ['502', { status: 502, body: 'Bad Gateway' }, 10],
  ])('retries a %s, then the upsert succeeds once', async (_label, failure, wait) => {
    sim().failNext(failure);
    const { result, waits } = await withRetries(
      () => runNode(upsertContact, { ...connect(sim()), ...one({ email: 'retry@example.com' }) }),
      {
        sleep: async () => undefined,
      },
    );
    expect(waits).toEqual([wait]);
    expect(result.main[0].json.email).toBe('retry@example.com');
  });
});

describe('hubspot limits', () => {
  it('a daily-limit 429 is not retried', () =>
    withSimulator(createHubSpotSimulator({ dailyLimit: 1 }), async (sim) => {
      await runNode(upsertContact, { ...connect(sim), ...one({ email: 'a@example.com' }) });
      await expect(
        runNode(upsertContact, { ...connect(sim), ...one({ email: 'a@example.com' }) }),
      ).rejects.toMatchObject({
        code: 'rate_limited',
        retryable: false,
        message: expect.stringContaining('daily limit'),
      });
    }));

  it('the per-second search limit is retryable after 1 s', () =>
    withSimulator(createHubSpotSimulator({ searchRateLimit: { requests: 1, perMs: 1000 } }), async (sim) => {
      const search = () => runNode(searchContacts, { ...connect(sim), ...one({ maxResults: 1 }) });
      await search();
      await expect(search()).rejects.toMatchObject({
        code: 'rate_limited',
        retryable: true,
        retryAfterMs: 1000,
      });
      const { waits } = await withRetries(search);
      expect(waits.every((w) => w === 1000)).toBe(true);
    }));
});
