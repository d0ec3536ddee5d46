import { runNode } from '@ainow/engine/testing';
import { leadData } from '@ainow/nodes/simulators';
import { searchPeople } from '@ainow/nodes/vendors/apollo';
import { withRetries } from '../support';
import { useApollo } from './apollo-fixture';

describe('apollo.searchPeople', () => {
  const { sim, connect } = useApollo();
  const run = (props: Record<string, unknown>, apiKey?: string) =>
    runNode(searchPeople, {
      ...connect(apiKey),
      props: { maxResults: 100, includeSimilarTitles: true, ...props },
      items: [{ json: {} }],
    });

  it('finds people by title and seniority, one item per person, with no emails', async () => {
    const out = await run({ titles: 'VP of Sales', seniorities: ['vp'] });
    const expected = leadData(500).filter((l) => l.title === 'VP of Sales').length;
    expect(out.main).toHaveLength(expected);
    expect(out.main[0].json).toMatchObject({ title: 'VP of Sales', has_email: expect.any(Boolean) });
    expect(out.main[0].json).not.toHaveProperty('email');
    expect(out.main[0].pairedItem).toEqual({ item: 0 });
    const sent = sim().requests.at(-1)!.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      person_titles: ['VP of Sales'],
      person_seniorities: ['vp'],
      page: 1,
      per_page: 100,
    });
  });

  it('pages through results (100 a page) and stops at maxResults', async () => {
    const before = sim().requests.length;
    const out = await run({ maxResults: 250 });
    expect(out.main).toHaveLength(250);
    const pages = sim()
      .requests.slice(before)
      .map((r) => (r.body as { page: number }).page);
    expect(pages).toEqual([1, 2, 3]);
    expect(new Set(out.main.map((i) => i.json.id)).size).toBe(250);
  });

  it('stops paging when Apollo has no more results', async () => {
    const domain = leadData(500)[0].company.domain;
    const out = await run({ companyDomains: `https://www.${domain}/about`, maxResults: 1000 });
    expect(out.main.length).toBe(leadData(500).filter((l) => l.company.domain === domain).length);
    expect((sim().requests.at(-1)!.body as Record<string, unknown>).q_organization_domains_list).toEqual([
      domain,
    ]);
  });

  it.each([
    [
      'a bad key',
      { titles: 'CEO' },
      'bad-key',
      {
        code: 'auth_failed',
        retryable: false,
        message: 'Apollo rejected the API key (401). Check the credential.',
      },
    ],
    [
      'an invalid employee range',
      { employeeRanges: ['ten'] },
      undefined,
      {
        code: 'invalid_request',
        retryable: false,
        message: expect.stringContaining('organization_num_employees_ranges'),
      },
    ],
  ])('fails clearly on %s', async (_label, props, apiKey, expected) => {
    await expect(run(props, apiKey)).rejects.toMatchObject(expected);
  });

  it.each([
    [
      '403 API_INACCESSIBLE',
      {
        status: 403,
        body: {
          error: 'This API key is not authorized to access api/v1/mixed_people/api_search.',
          error_code: 'API_INACCESSIBLE',
        },
      },
      'forbidden',
      false,
    ],
    ['503', { status: 503, body: { error: 'upstream unavailable' } }, 'vendor_unavailable', true],
  ])('maps %s', async (_label, failure, code, retryable) => {
    sim().failNext({ ...failure, pathPrefix: '/api/v1/mixed_people' });
    await expect(run({ titles: 'CEO' })).rejects.toMatchObject({ code, retryable });
  });

  it('retries a 5xx and then succeeds', async () => {
    sim().failNext({ status: 502, body: 'Bad Gateway' });
    const { result, attempts } = await withRetries(() => run({ titles: 'Chief', maxResults: 5 }));
    expect(attempts).toBe(2);
    expect(result.main).toHaveLength(5);
  });
});

describe('apollo.searchPeople under a rate limit', () => {
  const { sim, connect } = useApollo({ rateLimit: { requests: 2, perMs: 1000 } });

  it('answers 429 with retry-after past the limit; the caller waits and then succeeds', async () => {
    const run = () =>
      runNode(searchPeople, { ...connect(), props: { maxResults: 1 }, items: [{ json: {} }] });
    await run();
    await run();
    const { result, waits } = await withRetries(run, { maxAttempts: 3 });
    expect(result.main).toHaveLength(1);
    expect(waits).toEqual([1000]);
    const limited = sim().requests.filter((r) => r.path.endsWith('api_search'));
    expect(limited).toHaveLength(4);
  });
});
