import { createHmac } from 'node:crypto';
import { startTestServer, webhookWorkflow, type TestServer } from '../support/test-server';

describe.each(['sqlite', 'postgres'] as const)('webhooks on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { AINOW_BODY_LIMIT: '16kb' });
  });
  afterAll(async () => server?.close());

  async function activate(doc: Record<string, unknown>): Promise<string> {
    const { body } = await server.http
      .post('/api/v1/workflows')
      .set('Cookie', server.ownerCookie)
      .send(doc)
      .expect(201);
    await server.http
      .post(`/api/v1/workflows/${body.id}/activate`)
      .set('Cookie', server.ownerCookie)
      .expect(200);
    return body.id as string;
  }
  const executions = async () =>
    (await server.http.get('/api/v1/executions?limit=500').set('Cookie', server.ownerCookie)).body.data
      .length as number;

  it('answers with the Respond to Webhook node (respondNode)', async () => {
    await activate(webhookWorkflow('lead'));
    const res = await server.http.post('/webhook/lead').send({ email: 'ada@example.com' }).expect(201);
    expect(res.body).toEqual({ ok: true, email: 'ada@example.com' });
  });

  it('keeps the caller’s secrets out of the stored trigger item', async () => {
    await activate(
      webhookWorkflow('tokened', {
        auth: 'headerToken',
        headerName: 'X-Hook-Token',
        token: 'tok-123',
        responseMode: 'immediately',
      }),
    );
    const { body } = await server.http
      .post('/webhook/tokened')
      .set('X-Hook-Token', 'tok-123')
      .set('Authorization', 'Bearer abc')
      .send({ email: 'f@example.com' })
      .expect(202);
    let run:
      | {
          status: string;
          steps: Array<{ items: { main: Array<{ json: { headers: Record<string, string> } }> } }>;
        }
      | undefined;
    for (let i = 0; i < 50 && run?.status !== 'success'; i++) {
      run = (await server.http.get(`/api/v1/executions/${body.runId}`).set('Cookie', server.ownerCookie))
        .body;
      await new Promise((r) => setTimeout(r, 50));
    }
    const headers = run!.steps[0].items.main[0].json.headers;
    expect(headers['x-hook-token']).toBe('[redacted]');
    expect(headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(run)).not.toContain('tok-123');
  });

  it('answers 202 with the run id at once (immediately)', async () => {
    await activate(webhookWorkflow('fast', { responseMode: 'immediately' }));
    const res = await server.http.post('/webhook/fast').send({ email: 'b@example.com' }).expect(202);
    expect(res.body.runId).toEqual(expect.any(String));
  });

  it('answers with the last node’s items (lastNode)', async () => {
    const doc = webhookWorkflow('last', { responseMode: 'lastNode' });
    (doc.nodes as unknown[]).pop();
    (doc.connections as unknown[]).pop();
    await activate(doc);
    const res = await server.http.post('/webhook/last').send({ email: 'c@example.com' }).expect(200);
    expect(res.body).toEqual({ email: 'c@example.com' });
  });

  it('checks HMAC signatures: a right one runs, a wrong one is 401 and starts nothing', async () => {
    await activate(webhookWorkflow('signed', { auth: 'hmac', secret: 's3cret' }));
    const body = JSON.stringify({ email: 'd@example.com' });
    const good = createHmac('sha256', 's3cret').update(body).digest('hex');
    await server.http
      .post('/webhook/signed')
      .set('content-type', 'application/json')
      .set('X-Signature-256', `sha256=${good}`)
      .send(body)
      .expect(201);
    const before = await executions();
    const res = await server.http
      .post('/webhook/signed')
      .set('content-type', 'application/json')
      .set('X-Signature-256', 'sha256=00ff')
      .send(body)
      .expect(401);
    expect(res.body.error).toMatchObject({
      code: 'webhook_unauthorized',
      message: expect.stringContaining('does not match'),
    });
    expect(await executions()).toBe(before);
  });

  it.each([
    ['a body over the limit', 'post', '/webhook/lead', { big: 'x'.repeat(20_000) }, 413, 'payload_too_large'],
    ['the wrong method', 'put', '/webhook/lead', {}, 405, 'method_not_allowed'],
    ['an unknown path', 'post', '/webhook/nowhere', {}, 404, 'webhook_not_found'],
    ['a test webhook nobody listens to', 'post', '/webhook-test/lead', {}, 404, 'webhook_not_listening'],
  ] as const)('refuses %s with %i and starts nothing', async (_label, method, path, body, status, code) => {
    const before = await executions();
    const res = await server.http[method](path).send(body);
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toEqual(expect.any(String));
    expect(await executions()).toBe(before);
  });

  it('runs the editor’s test webhook once after "listen"', async () => {
    const { body } = await server.http
      .post('/api/v1/workflows')
      .set('Cookie', server.ownerCookie)
      .send(webhookWorkflow('draft'))
      .expect(201);
    await server.http
      .post(`/api/v1/workflows/${body.id}/test-webhook`)
      .set('Cookie', server.ownerCookie)
      .send({})
      .expect(200);
    const res = await server.http.post('/webhook-test/draft').send({ email: 'e@example.com' }).expect(201);
    expect(res.body.email).toBe('e@example.com');
    await server.http.post('/webhook-test/draft').send({}).expect(404);
  });

  it('refuses a second workflow on the same path with 409', async () => {
    const { body } = await server.http
      .post('/api/v1/workflows')
      .set('Cookie', server.ownerCookie)
      .send(webhookWorkflow('lead'))
      .expect(201);
    const res = await server.http
      .post(`/api/v1/workflows/${body.id}/activate`)
      .set('Cookie', server.ownerCookie)
      .expect(409);
    expect(res.body.error.code).toBe('webhook_path_taken');
  });

  it('refuses to save an active workflow onto a path another one uses, keeping its version', async () => {
    const id = await activate(webhookWorkflow('mine'));
    const res = await server.http
      .put(`/api/v1/workflows/${id}`)
      .set('Cookie', server.ownerCookie)
      .send(webhookWorkflow('lead'))
      .expect(409);
    expect(res.body.error.code).toBe('webhook_path_taken');
    expect(
      (await server.http.get(`/api/v1/workflows/${id}`).set('Cookie', server.ownerCookie)).body.version,
    ).toBe(1);
    await server.http.post('/webhook/mine').send({ email: 'g@example.com' }).expect(201);
  });

  it('reports webhook latency and queue depth in /metrics', async () => {
    const text = (await server.http.get('/metrics').expect(200)).text;
    expect(text).toMatch(
      /ainow_webhook_latency_seconds_count\{response_mode="respondNode",status="201"\} [1-9]/,
    );
    expect(text).toMatch(/ainow_queue_jobs\{state="waiting"\} \d+/);
    expect(text).toMatch(/ainow_runs_total\{status="success",mode="webhook"\} [1-9]/);
  });
});
