import { Client } from '@hubspot/api-client';
import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/contacts';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import { createHubSpotSimulator, HUBSPOT_SIMULATOR_TOKEN } from '@ainow/nodes/simulators/hubspot';
import { useSimulator } from '../vendors/support';

/** The official HubSpot SDK, pointed at the simulator with `basePath`, proves the wire protocol. */
describe('HubSpot simulator with @hubspot/api-client', () => {
  const sim = useSimulator(() => createHubSpotSimulator({ seedContacts: 30 }));
  const client = (token = HUBSPOT_SIMULATOR_TOKEN) =>
    new Client({ accessToken: token, basePath: sim().url(), numberOfApiCallRetries: 0 });

  it('creates a contact and reads it back by email', async () => {
    const created = await client().crm.contacts.basicApi.create({
      properties: { email: 'Ada@Example.com', firstname: 'Ada', lastname: 'Lovelace' },
      associations: [],
    });
    expect(created.id).toMatch(/^\d+$/);
    expect(created.properties).toMatchObject({
      email: 'ada@example.com',
      firstname: 'Ada',
      hs_object_id: created.id,
    });
    expect(created.createdAt).toBeInstanceOf(Date);
    const read = await client().crm.contacts.basicApi.getById(
      'ada@example.com',
      ['lastname'],
      undefined,
      undefined,
      false,
      'email',
    );
    expect(read.id).toBe(created.id);
    expect(read.properties.lastname).toBe('Lovelace');
  });

  it('answers a duplicate create with 409 CONFLICT naming the existing id', async () => {
    const first = await client().crm.contacts.basicApi.create({
      properties: { email: 'dup@example.com' },
      associations: [],
    });
    await expect(
      client().crm.contacts.basicApi.create({ properties: { email: 'dup@example.com' }, associations: [] }),
    ).rejects.toMatchObject({
      code: 409,
      body: { category: 'CONFLICT', message: `Contact already exists. Existing ID: ${first.id}` },
    });
  });

  it('searches contacts with filters and pages with the after cursor', async () => {
    const request = {
      filterGroups: [{ filters: [{ propertyName: 'email', operator: FilterOperatorEnum.HasProperty }] }],
      sorts: ['hs_object_id'],
      properties: ['email', 'jobtitle'],
      limit: 10,
      after: '0',
    };
    const first = await client().crm.contacts.searchApi.doSearch(request);
    expect(first.total).toBeGreaterThanOrEqual(30);
    expect(first.results).toHaveLength(10);
    expect(first.results[0].properties.jobtitle).toBeTruthy();
    const second = await client().crm.contacts.searchApi.doSearch({
      ...request,
      after: first.paging!.next!.after,
    });
    expect(second.results[0].id).not.toBe(first.results[0].id);
    const exact = await client().crm.contacts.searchApi.doSearch({
      filterGroups: [
        { filters: [{ propertyName: 'email', operator: FilterOperatorEnum.Eq, value: 'ada@example.com' }] },
      ],
    });
    expect(exact.results.map((r) => r.properties.email)).toEqual(['ada@example.com']);
  });

  it('batch-upserts by email: existing contacts update, new ones are created', async () => {
    const result = await client().crm.contacts.batchApi.upsert({
      inputs: [
        { idProperty: 'email', id: 'ada@example.com', properties: { jobtitle: 'Analyst' } },
        { idProperty: 'email', id: 'new.person@example.com', properties: { firstname: 'New' } },
      ],
    });
    const byEmail = Object.fromEntries(result.results.map((r) => [r.properties.email, r]));
    expect(byEmail['ada@example.com']).toMatchObject({ _new: false, properties: { jobtitle: 'Analyst' } });
    expect(byEmail['new.person@example.com']._new).toBe(true);
  });

  it('creates a deal associated with a contact and lists the association', async () => {
    const contact = await client().crm.contacts.basicApi.create({
      properties: { email: 'deal.contact@example.com' },
      associations: [],
    });
    const deal = await client().crm.deals.basicApi.create({
      properties: { dealname: 'Pilot', dealstage: 'appointmentscheduled', amount: '1200' },
      associations: [
        {
          to: { id: contact.id },
          types: [
            {
              associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined,
              associationTypeId: 3,
            },
          ],
        },
      ],
    });
    const links = await client().crm.associations.v4.basicApi.getPage('contacts', contact.id, 'deals');
    expect(links.results.map((r) => String(r.toObjectId))).toEqual([deal.id]);
  });

  it('lists contact properties and deal pipelines', async () => {
    const properties = await client().crm.properties.coreApi.getAll('contacts');
    expect(properties.results.find((p) => p.name === 'email')?.hasUniqueValue).toBe(true);
    const pipelines = await client().crm.pipelines.pipelinesApi.getAll('deals');
    expect(pipelines.results[0].stages.map((s) => s.id)).toContain('closedwon');
  });

  it.each([
    ['a wrong token', 'pat-na1-wrong'],
    ['no token', ''],
  ])('rejects %s with 401 INVALID_AUTHENTICATION', async (_label, token) => {
    await expect(client(token).crm.contacts.basicApi.getPage()).rejects.toMatchObject({
      code: 401,
      body: { category: 'INVALID_AUTHENTICATION' },
    });
  });

  it('throws the 429 body with policyName when the ten-second window is used up', async () => {
    const limited = createHubSpotSimulator({ rateLimit: { requests: 2, perMs: 10_000 } });
    const { url } = await limited.start();
    try {
      const c = new Client({
        accessToken: HUBSPOT_SIMULATOR_TOKEN,
        basePath: url,
        numberOfApiCallRetries: 0,
      });
      const ok = await c.crm.contacts.basicApi.getPageWithHttpInfo();
      expect(ok.headers['x-hubspot-ratelimit-remaining']).toBe('1');
      await c.crm.contacts.basicApi.getPage();
      await expect(c.crm.contacts.basicApi.getPage()).rejects.toMatchObject({
        code: 429,
        body: { errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' },
      });
    } finally {
      await limited.stop();
    }
  });
});
