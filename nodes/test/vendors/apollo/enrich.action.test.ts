import { runNode } from '@ainow/engine/testing';
import { leadData } from '@ainow/nodes/simulators';
import { apolloPersonId, createApolloSimulator, APOLLO_SIMULATOR_KEY } from '@ainow/nodes/simulators/apollo';
import { apolloCredential, enrichOrganization, enrichPerson } from '@ainow/nodes/vendors/apollo';
import { createTestHttpClient, withRetries, withSimulator } from '../support';
import { useApollo } from './apollo-fixture';

const lead = leadData(500)[3];

describe('apollo.enrichPerson and apollo.enrichOrganization', () => {
  const { sim, connect } = useApollo();
  const person = (props: Record<string, unknown>, apiKey?: string) =>
    runNode(enrichPerson, { ...connect(apiKey), props, items: [{ json: {} }] });

  it.each([
    ['email', { email: lead.email }],
    ['LinkedIn URL', { linkedinUrl: lead.linkedinUrl }],
    ['Apollo id', { apolloId: apolloPersonId(lead) }],
    [
      'name and domain',
      { firstName: lead.firstName, lastName: lead.lastName, domain: `www.${lead.company.domain}` },
    ],
  ])('matches a person by %s', async (_label, props) => {
    const out = await person(props);
    expect(out.main[0].json).toMatchObject({
      found: true,
      name: lead.name,
      title: lead.title,
      organization: { primary_domain: lead.company.domain },
    });
  });

  it('outputs found: false when Apollo has no match', async () => {
    const out = await person({ email: 'nobody@nowhere.example' });
    expect(out.main[0].json).toEqual({ found: false, email: 'nobody@nowhere.example' });
  });

  it('refuses to call Apollo without an identifier', async () => {
    const before = sim().requests.length;
    await expect(person({ domain: 'acme.com' })).rejects.toMatchObject({ code: 'invalid_request' });
    expect(sim().requests.length).toBe(before);
  });

  it('enriches an organization by domain and reports a miss', async () => {
    const org = (props: Record<string, unknown>) =>
      runNode(enrichOrganization, { ...connect(), props, items: [{ json: {} }] });
    const hit = await org({ domain: `https://${lead.company.domain}/` });
    expect(hit.main[0].json).toMatchObject({
      found: true,
      name: lead.company.name,
      estimated_num_employees: lead.company.employees,
    });
    expect(sim().requests.at(-1)).toMatchObject({ method: 'GET', query: { domain: lead.company.domain } });
    const miss = await org({ domain: 'unknown-company.example' });
    expect(miss.main[0].json).toMatchObject({ found: false });
  });

  it.each([
    [enrichPerson, { email: lead.email }],
    [enrichOrganization, { domain: lead.company.domain }],
  ])('says the key is wrong on 401 (%#)', async (node, props) => {
    await expect(runNode(node, { ...connect('wrong'), props, items: [{ json: {} }] })).rejects.toMatchObject({
      message: 'Apollo rejected the API key (401). Check the credential.',
      retryable: false,
    });
  });

  it('honours retry-after on a 429, then succeeds', async () => {
    sim().failNext({
      status: 429,
      headers: { 'retry-after': '1' },
      body: {
        message: 'The maximum number of api calls allowed for api/v1/people/match is 600 times per hour.',
      },
    });
    const { result, waits } = await withRetries(() => person({ email: lead.email }));
    expect(waits).toEqual([1000]);
    expect(result.main[0].json.found).toBe(true);
  });
});

describe('apollo enrichment without credits', () => {
  it.each([
    [enrichPerson, { email: lead.email }],
    [enrichOrganization, { domain: lead.company.domain }],
  ])('says the account is out of credits (%#), not retryable', async (node, props) => {
    await withSimulator(createApolloSimulator({ credits: 0 }), async (sim) => {
      const credential = {
        id: 'c',
        type: 'apollo',
        values: { apiKey: APOLLO_SIMULATOR_KEY },
        baseUrl: sim.url(),
      };
      const http = createTestHttpClient(apolloCredential, credential);
      await expect(runNode(node, { credential, http, props, items: [{ json: {} }] })).rejects.toMatchObject({
        code: 'no_credits',
        retryable: false,
        message: expect.stringContaining('no credits left'),
      });
    });
  });
});
