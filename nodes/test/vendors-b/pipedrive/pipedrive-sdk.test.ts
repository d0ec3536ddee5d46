import { Configuration as ConfigurationV1, LeadsApi } from 'pipedrive/v1';
import { Configuration, DealsApi, PersonsApi, StagesApi } from 'pipedrive/v2';
import { createPipedriveSimulator, type PipedriveSimulator } from '@ainow/nodes/simulators/pipedrive';

/** The official pipedrive SDK (v1 and v2 namespaces) pointed at the simulator with `basePath` (vendor-contracts §12.6, §15). */
let sim: PipedriveSimulator;

beforeEach(async () => {
  sim = createPipedriveSimulator({ apiToken: 'sdk-token', rateLimit: { requests: 50, perMs: 2000 } });
  await sim.start();
});
afterEach(() => sim.stop());

const v2 = (apiKey = 'sdk-token') => new Configuration({ apiKey, basePath: `${sim.url()}/api/v2` });
const v1 = (apiKey = 'sdk-token') => new ConfigurationV1({ apiKey, basePath: `${sim.url()}/v1` });

describe('pipedrive SDK against the simulator', () => {
  it('creates, updates, lists and searches persons through v2 with the x-api-token header', async () => {
    const persons = new PersonsApi(v2());
    const created = await persons.addPerson({
      AddPersonRequest: {
        name: 'Ada Lovelace',
        emails: [{ value: 'ada@northwind.test', primary: true, label: 'work' }],
      },
    });
    expect(created).toMatchObject({ success: true, data: { id: 1, name: 'Ada Lovelace' } });
    expect(sim.requests[0].headers['x-api-token']).toBe('sdk-token');
    await persons.updatePerson({ id: 1, UpdatePersonRequest: { name: 'Ada King' } });
    const found = await persons.searchPersons({
      term: 'ada@northwind.test',
      fields: 'email',
      exact_match: true,
    });
    expect(found.data?.items?.[0]?.item).toMatchObject({ id: 1, name: 'Ada King' });
    for (let i = 0; i < 3; i++) await persons.addPerson({ AddPersonRequest: { name: `P${i}` } });
    const page1 = await persons.getPersons({ limit: 2 });
    expect(page1.data).toHaveLength(2);
    const page2 = await persons.getPersons({ limit: 2, cursor: page1.additional_data!.next_cursor! });
    expect(page2.data?.map((p) => p.name)).toEqual(['P1', 'P2']);
    expect(page2.additional_data?.next_cursor).toBeNull();
  });

  it('creates a deal in a stage listed by the stages API', async () => {
    const stages = await new StagesApi(v2()).getStages({ pipeline_id: 2 });
    expect(stages.data?.map((s) => s.name)).toEqual(['Intro', 'Signed']);
    const deal = await new DealsApi(v2()).addDeal({
      AddDealRequest: { title: 'Globex', value: 100, stage_id: stages.data![0].id },
    });
    expect(deal.data).toMatchObject({ title: 'Globex', pipeline_id: 2, stage_id: 4, status: 'open' });
  });

  it('creates and pages leads through v1 (start/limit)', async () => {
    const person = sim.store.create('persons', { name: 'Grace' }).record!;
    const leads = new LeadsApi(v1());
    const lead = await leads.addLead({
      AddLeadRequest: {
        title: 'Inbound',
        person_id: Number(person.id),
        value: { amount: 1000, currency: 'USD' },
      },
    });
    expect(lead.data?.id).toMatch(/^[0-9a-f-]{36}$/);
    await leads.addLead({ AddLeadRequest: { title: 'Second', person_id: Number(person.id) } });
    const first = await leads.getLeads({ limit: 1, start: 0 });
    expect(first.additional_data).toMatchObject({
      pagination: { start: 0, limit: 1, more_items_in_collection: true, next_start: 1 },
    });
  });

  it('rejects a wrong token with the Pipedrive 401 body', async () => {
    const rejection = (await new PersonsApi(v2('bad')).getPersons().catch((e: unknown) => e)) as Record<
      string,
      unknown
    >;
    expect(rejection).toMatchObject({ success: false, error: 'unauthorized access', errorCode: 401 });
  });

  it('rejects validation errors with the envelope', async () => {
    const rejection = (await new PersonsApi(v2())
      .addPerson({ AddPersonRequest: { name: '' } })
      .catch((e: unknown) => e)) as Record<string, unknown>;
    expect(rejection).toMatchObject({ success: false, error: 'Validation failed: name: Required' });
  });

  it('answers 429 with Retry-After and rate-limit headers past the burst window', async () => {
    sim.setRateLimit({ requests: 1, perMs: 2000 });
    const persons = new PersonsApi(v2());
    await persons.getPersons();
    const rejection = (await persons.getPersons().catch((e: unknown) => e)) as Record<string, unknown>;
    expect(rejection).toMatchObject({ success: false, error: 'Request over limit', errorCode: 429 });
    const res = await fetch(`${sim.url()}/api/v2/persons?api_token=sdk-token`);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0');
  });
});
