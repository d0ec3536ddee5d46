import { helloWorkflow, startTestServer, type TestServer } from '../support/test-server';

describe.each(['sqlite', 'postgres'] as const)('workflows and runs API on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());

  const api = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    server.http[method](`/api/v1${path}`).set('Cookie', server.ownerCookie);

  it('saves a workflow, keeps every version, and runs it with ?wait=true giving the ainow run document', async () => {
    const created = await api('post', '/workflows').send(helloWorkflow()).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ name: 'Hello', version: 1, active: false });
    const renamed = { ...helloWorkflow('Hello again') };
    await api('put', `/workflows/${id}`).send(renamed).expect(200);
    const listed = await api('get', '/workflows').expect(200);
    expect(listed.body.find((w: { id: string }) => w.id === id)).toMatchObject({
      name: 'Hello again',
      version: 2,
      tags: [],
    });
    const versions = await api('get', `/workflows/${id}/versions`).expect(200);
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const v1 = await api('get', `/workflows/${id}/versions/1`).expect(200);
    expect(v1.body.document.name).toBe('Hello');

    const run = await api('post', `/workflows/${id}/run?wait=true`)
      .send({ items: [{ name: 'Ada' }] })
      .expect(200);
    expect(run.body).toMatchObject({
      status: 'success',
      steps: [
        { nodeId: 'start', name: 'Start', status: 'success', itemsIn: 1, itemsOut: { main: 1 } },
        { nodeId: 'set', name: 'Greet', status: 'success', itemsIn: 1, itemsOut: { main: 1 } },
      ],
      outputs: { set: { main: [{ json: { name: 'Ada', greeting: 'Hello Ada' } }] } },
      error: null,
    });

    const execution = await api('get', `/executions/${run.body.runId}`).expect(200);
    expect(execution.body).toMatchObject({ status: 'success', workflowVersion: 2, workflowId: id });
    expect(execution.body.steps[1].items.main[0].json.greeting).toBe('Hello Ada');
    const page = await api('get', `/executions/${run.body.runId}/steps/1/items?port=main&page=0`).expect(200);
    expect(page.body).toMatchObject({ total: 1, pages: 1, nextPage: null });
    const list = await api('get', `/executions?workflowId=${id}&status=success`).expect(200);
    expect(list.body.data.map((e: { id: string }) => e.id)).toContain(run.body.runId);
  });

  it('keeps a document’s tags and unknown fields through a save', async () => {
    const doc = { ...helloWorkflow('Tagged'), tags: ['leads', 'eu'], futureField: { kept: true } };
    const { body } = await api('post', '/workflows').send(doc).expect(201);
    expect((await api('get', `/workflows/${body.id}`)).body.document).toMatchObject({
      tags: ['leads', 'eu'],
      futureField: { kept: true },
    });
    const listed = (await api('get', '/workflows')).body.find((w: { id: string }) => w.id === body.id);
    expect(listed.tags).toEqual(['leads', 'eu']);
  });

  describe('list filters', () => {
    const made: Record<string, string> = {};
    beforeAll(async () => {
      for (const [name, tags] of [
        ['Apollo prospecting', ['Leads', 'eu']],
        ['Apollo cleanup', ['ops']],
        ['Inbound form', ['leads']],
      ] as const)
        made[name] = (
          await api('post', '/workflows')
            .send({ ...helloWorkflow(name), tags })
            .expect(201)
        ).body.id;
    });
    const names = async (query: string) =>
      ((await api('get', `/workflows${query}`).expect(200)).body as Array<{ id: string; name: string }>)
        .filter((w) => Object.values(made).includes(w.id))
        .map((w) => w.name);

    it.each([
      ['', ['Apollo prospecting', 'Apollo cleanup', 'Inbound form']],
      ['?tag=leads', ['Apollo prospecting', 'Inbound form']],
      ['?tag=LEADS&tag=eu', ['Apollo prospecting']],
      ['?tag=nothing', []],
      ['?search=apollo', ['Apollo prospecting', 'Apollo cleanup']],
      ['?search=CLEANUP%20apollo', ['Apollo cleanup']],
      ['?search=apollo&tag=leads', ['Apollo prospecting']],
    ])('GET /workflows%s', async (query, expected) => {
      expect(await names(query)).toEqual(expected);
    });

    it('lists each workflow with its tags', async () => {
      const listed = (await api('get', '/workflows?tag=ops').expect(200)).body;
      expect(listed).toEqual([expect.objectContaining({ id: made['Apollo cleanup'], tags: ['ops'] })]);
    });
  });

  it('answers 202 with a run id without ?wait, and the run finishes', async () => {
    const { body } = await api('post', '/workflows').send(helloWorkflow('Async')).expect(201);
    const started = await api('post', `/workflows/${body.id}/run`).send({}).expect(202);
    expect(started.body.runId).toEqual(expect.any(String));
    let status = '';
    for (let i = 0; i < 50 && status !== 'success'; i++) {
      status = (await api('get', `/executions/${started.body.runId}`)).body.status;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe('success');
  });

  it.each([
    ['not JSON at all', 'not json', 'invalid_json'],
    ['an invalid document', { schemaVersion: 1, name: '', nodes: 'nope' }, 'invalid_workflow'],
    [
      'an unknown node type',
      {
        ...helloWorkflow(),
        nodes: [{ id: 'x', name: 'X', type: 'acme.nothing', version: 1, parameters: {} }],
        connections: [],
      },
      'invalid_workflow',
    ],
  ])('refuses %s with 400 and stores nothing', async (_label, body, code) => {
    const before = (await api('get', '/workflows')).body.length;
    const req = api('post', '/workflows');
    const res =
      typeof body === 'string'
        ? await req.set('content-type', 'application/json').send(body)
        : await req.send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toEqual(expect.any(String));
    expect((await api('get', '/workflows')).body.length).toBe(before);
  });

  it('names the unknown node type in the problems', async () => {
    const res = await api('post', '/workflows')
      .send({
        ...helloWorkflow(),
        nodes: [{ id: 'x', name: 'X', type: 'acme.nothing', version: 1, parameters: {} }],
        connections: [],
      })
      .expect(400);
    expect(JSON.stringify(res.body.error.details.problems)).toContain('acme.nothing');
  });

  it('pages through executions with a cursor, newest first, without gaps', async () => {
    const { body } = await api('post', '/workflows').send(helloWorkflow('Paged')).expect(201);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await api('post', `/workflows/${body.id}/run?wait=true`).send({}).expect(200)).body.runId);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { data: Array<{ id: string }>; nextCursor: string | null } } = await api(
        'get',
        `/executions?workflowId=${body.id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      ).expect(200);
      seen.push(...res.body.data.map((e: { id: string }) => e.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([...ids].sort());
    const bad = await api('get', '/executions?cursor=bogus').expect(400);
    expect(bad.body.error.code).toBe('invalid_cursor');
  });

  it('answers 404 in the error format for a missing workflow', async () => {
    const res = await api('get', '/workflows/nope').expect(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: "workflow 'nope' does not exist" } });
  });

  it('serves the node catalog, templates and OpenAPI', async () => {
    const catalog = await api('get', '/node-types').expect(200);
    expect(catalog.body.nodes.map((n: { type: string }) => n.type)).toEqual(
      expect.arrayContaining(['core.set', 'core.webhook']),
    );
    const templates = await api('get', '/templates').expect(200);
    expect(templates.body.map((t: { id: string }) => t.id)).toContain('hello');
    const imported = await api('post', '/templates/hello/import').expect(201);
    expect(imported.body.name).toMatch(/^Hello/);
    const openapi = await server.http.get('/api/openapi.json').expect(200);
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/workflows',
        '/api/v1/workflows/{id}/run',
        '/api/v1/executions/{id}/events',
      ]),
    );
    await server.http.get('/healthz').expect(200);
    const ready = await server.http.get('/readyz').expect(200);
    expect(ready.body.checks).toEqual({ database: 'ok', queue: 'ok' });
    const metrics = await server.http.get('/metrics').expect(200);
    expect(metrics.text).toContain('ainow_runs_total');
  });
});
