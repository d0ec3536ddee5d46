import { runNode } from '@ainow/engine/testing';
import type { AnyNodeDefinition, ResolvedCredential } from '@ainow/engine/sdk';
import {
  pipedriveCreateDeal,
  pipedriveCreateLead,
  pipedriveCreateOrganization,
  pipedriveCreatePerson,
  pipedriveCredential,
  pipedriveSearchDeals,
  pipedriveSearchLeads,
  pipedriveSearchOrganizations,
  pipedriveSearchPersons,
  pipedriveUpdateDeal,
  pipedriveUpdateLead,
  pipedriveUpdateOrganization,
  pipedriveUpdatePerson,
} from '@ainow/nodes/vendors/pipedrive';
import { createPipedriveSimulator, type PipedriveSimulator } from '@ainow/nodes/simulators/pipedrive';
import { createTestHttp, testCredential } from '../support/test-http';
import { failure, loadOptions, optionsContext, renderTemplate } from '../support/node-harness';

let sim: PipedriveSimulator;
let credential: ResolvedCredential;

beforeEach(async () => {
  sim = createPipedriveSimulator({ apiToken: 'pd-token' });
  await sim.start();
  credential = { id: 'cred_pd', type: 'pipedrive', values: { apiToken: 'pd-token' }, baseUrl: sim.url() };
  const org = sim.store.create('organizations', { name: 'Northwind Analytics' }).record!;
  sim.store.create('persons', {
    name: 'Ada Lovelace',
    emails: [{ value: 'ada@northwind.test', primary: true, label: 'work' }],
    org_id: org.id,
  });
});
afterEach(() => sim.stop());

const run = (node: AnyNodeDefinition, props: Record<string, unknown>, cred = credential) =>
  runNode(node, {
    items: [{ json: {} }],
    props,
    credential: cred,
    http: createTestHttp(pipedriveCredential, cred),
    renderTemplate,
  });

describe('pipedrive nodes against the simulator', () => {
  it.each([
    [
      'person',
      pipedriveCreatePerson,
      { name: 'Grace Hopper', email: 'grace@globex.test', phone: '+15550100', orgId: '1', visibleTo: '3' },
      'persons',
      {
        name: 'Grace Hopper',
        emails: [{ value: 'grace@globex.test', primary: true, label: 'work' }],
        phones: [{ value: '+15550100', primary: true, label: 'work' }],
        org_id: 1,
        visible_to: 3,
      },
    ],
    [
      'organization',
      pipedriveCreateOrganization,
      { name: 'Globex', address: '1 Main St' },
      'organizations',
      { name: 'Globex', address: { value: '1 Main St' } },
    ],
    [
      'deal',
      pipedriveCreateDeal,
      {
        title: 'Globex: 50 seats',
        value: 5000,
        currency: 'EUR',
        personId: '2',
        stageId: '4',
        status: 'open',
      },
      'deals',
      {
        title: 'Globex: 50 seats',
        value: 5000,
        currency: 'EUR',
        person_id: 2,
        stage_id: 4,
        pipeline_id: 2,
        status: 'open',
      },
    ],
    [
      'lead',
      pipedriveCreateLead,
      {
        title: 'Inbound: Ada',
        personId: '2',
        amount: 1000,
        currency: 'USD',
        labelIds: 'f08b42a0-4e75-11ea-9643-03698ef1cfd6',
      },
      'leads',
      {
        title: 'Inbound: Ada',
        person_id: 2,
        value: { amount: 1000, currency: 'USD' },
        label_ids: ['f08b42a0-4e75-11ea-9643-03698ef1cfd6'],
      },
    ],
  ] as const)('creates a %s with the right body', async (_name, node, props, entity, expected) => {
    const out = await run(node, props);
    const stored = sim.records(entity).at(-1)!;
    expect(stored).toMatchObject(expected);
    expect(out.main[0].json).toMatchObject({ id: stored.id, ...expected });
  });

  it('gives leads UUIDs and answers 201 on create (v1)', async () => {
    await run(pipedriveCreateLead, { title: 'Inbound', organizationId: '1' });
    expect(sim.records('leads')[0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sim.requests.at(-1)!.path).toBe('/v1/leads');
  });

  it.each([
    [
      'person',
      pipedriveUpdatePerson,
      () => ({ id: '2', email: 'ada@new.test' }),
      'persons',
      { emails: [{ value: 'ada@new.test', primary: true, label: 'work' }], name: 'Ada Lovelace' },
    ],
    [
      'organization',
      pipedriveUpdateOrganization,
      () => ({ id: '1', name: 'Northwind Ltd' }),
      'organizations',
      { name: 'Northwind Ltd' },
    ],
    [
      'deal',
      pipedriveUpdateDeal,
      () => ({ id: String(sim.store.create('deals', { title: 'D' }).record!.id), status: 'won' }),
      'deals',
      { status: 'won', title: 'D' },
    ],
    [
      'lead',
      pipedriveUpdateLead,
      () => ({ id: String(sim.store.create('leads', { title: 'L', person_id: 2 }).record!.id), title: 'L2' }),
      'leads',
      { title: 'L2', person_id: 2 },
    ],
  ] as const)('updates only the set fields of a %s', async (_name, node, props, entity, expected) => {
    const p = props();
    await run(node, p);
    expect(sim.store.find(entity, p.id)).toMatchObject(expected);
    expect(sim.requests.at(-1)!.method).toBe('PATCH');
  });

  it.each([
    [
      'persons',
      pipedriveSearchPersons,
      { term: 'ada@northwind.test', fields: 'email', exactMatch: true },
      [
        {
          id: 2,
          name: 'Ada Lovelace',
          organization: { id: 1, name: 'Northwind Analytics', address: null },
          result_score: 1,
        },
      ],
    ],
    [
      'organizations',
      pipedriveSearchOrganizations,
      { term: 'north' },
      [{ id: 1, type: 'organization', name: 'Northwind Analytics' }],
    ],
    ['deals', pipedriveSearchDeals, { term: 'nothing here' }, []],
  ] as const)('searches %s and outputs one item per match', async (_name, node, props, expected) => {
    const out = await run(node, props);
    expect(out.main.map((i) => i.json)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });

  it('searches leads through API v2', async () => {
    sim.store.create('leads', { title: 'Northwind inbound', person_id: 2 });
    const out = await run(pipedriveSearchLeads, { term: 'inbound' });
    expect(out.main[0].json).toMatchObject({
      type: 'lead',
      title: 'Northwind inbound',
      person: { id: 2, name: 'Ada Lovelace' },
    });
    expect(sim.requests.at(-1)!.path).toBe('/api/v2/leads/search');
  });

  it('follows next_cursor across search pages up to the maximum', async () => {
    for (let i = 0; i < 700; i++) sim.store.create('persons', { name: `Lead ${i}` });
    const all = await run(pipedriveSearchPersons, { term: 'lead', maxResults: 1000 });
    expect(all.main).toHaveLength(700);
    expect(sim.requests.filter((r) => r.path === '/api/v2/persons/search').map((r) => r.query.limit)).toEqual(
      ['500', '500'],
    );
    const some = await run(pipedriveSearchPersons, { term: 'lead', maxResults: 120 });
    expect(some.main).toHaveLength(120);
  });

  it.each([
    [
      'a bad API token',
      pipedriveCreatePerson,
      { name: 'X' },
      () => ({ ...credential, values: { apiToken: 'nope' } }),
      'auth_failed',
      /rejected the API token.*unauthorized access/,
    ],
    [
      'a person without a name',
      pipedriveCreatePerson,
      { name: '', email: 'x@y.test' },
      () => credential,
      'invalid_field',
      /Validation failed: name: Required/,
    ],
    [
      'an unknown stage',
      pipedriveCreateDeal,
      { title: 'D', stageId: '99' },
      () => credential,
      'invalid_field',
      /stage_id: Stage not found/,
    ],
    [
      'a lead without person or organization',
      pipedriveCreateLead,
      { title: 'L' },
      () => credential,
      'invalid_field',
      /must always be linked to a person or an organization/,
    ],
    [
      'an unknown person id',
      pipedriveUpdatePerson,
      { id: '999', name: 'X' },
      () => credential,
      'not_found',
      /Person not found/,
    ],
  ] as const)('maps %s to a clear, non-retryable error', async (_name, node, props, cred, code, message) => {
    const error = await failure(run(node, props, cred()));
    expect(error).toMatchObject({ code, retryable: false });
    expect(error.message).toMatch(message);
  });

  it('refuses a one-letter search before calling Pipedrive', async () => {
    const error = await failure(run(pipedriveSearchPersons, { term: 'a' }));
    expect(error).toMatchObject({ code: 'invalid_props' });
    expect(sim.requests).toHaveLength(0);
  });

  it('reports 429 as retryable with Retry-After, then succeeds once the window resets', async () => {
    sim.setRateLimit({ requests: 0, perMs: 2000 });
    const error = await failure(run(pipedriveCreatePerson, { name: 'Grace' }));
    expect(error).toMatchObject({ code: 'rate_limited', retryable: true, retryAfterMs: 2000 });
    sim.setRateLimit({ requests: 20, perMs: 2000 });
    await run(pipedriveCreatePerson, { name: 'Grace' });
    expect(sim.records('persons').map((p) => p.name)).toEqual(['Ada Lovelace', 'Grace']);
  });

  it('reports 5xx as retryable and creates once on the retry', async () => {
    sim.failNext({ status: 502, body: 'Bad Gateway' });
    expect(await failure(run(pipedriveCreateOrganization, { name: 'Initech' }))).toMatchObject({
      code: 'vendor_unavailable',
      retryable: true,
    });
    await run(pipedriveCreateOrganization, { name: 'Initech' });
    expect(sim.records('organizations').filter((o) => o.name === 'Initech')).toHaveLength(1);
  });

  it('loads stages labelled with their pipeline', async () => {
    const options = await loadOptions(
      pipedriveCreateDeal,
      'stages',
      optionsContext({}, createTestHttp(pipedriveCredential, credential), credential),
    );
    expect(options[0]).toEqual({ value: '1', label: 'Sales pipeline › Qualified' });
    expect(options.at(-1)).toEqual({ value: '5', label: 'Partnerships › Signed' });
  });

  it('sends the token in the x-api-token header and tests the credential', async () => {
    await expect(testCredential(pipedriveCredential, credential)).resolves.toBeUndefined();
    expect(sim.requests[0].headers['x-api-token']).toBe('pd-token');
    await expect(
      testCredential(pipedriveCredential, { ...credential, values: { apiToken: 'bad' } }),
    ).rejects.toMatchObject({ status: 401 });
  });
});
