import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createServer } from '../../src/app/create-server';
import { dataSourceOptions } from '../../src/db/data-source-options';
import { ExecutionStore } from '../../src/executions/execution-store';
import { TypeOrmStepStore } from '../../src/runs/adapters/typeorm-step-store.adapter';
import { loadConfig } from '../../src/config/config';
import { Recorder } from '../support/recorder';
import { testEnv } from '../support/test-config';
import { cookieOf, OWNER } from '../support/test-server';

/** The embedded default (SQLite, in-process queue): waits, resume URLs, restarts, retry, cancel, error workflows, credentials. */
jest.setTimeout(60_000);

describe('runs in the embedded default', () => {
  const recorder = new Recorder();
  const env = testEnv('sqlite', {
    AINOW_NODE_PACKAGES: join(__dirname, '../fixtures/test-plugin'),
    AINOW_INLINE_WAIT_MS: '0',
    AINOW_PUBLIC_URL: 'http://localhost:3000',
  });
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let cookie: string;

  const boot = async () => {
    app = await createServer(loadConfig(env));
    await app.init();
    http = request(app.getHttpServer());
  };
  const api = (method: 'get' | 'post' | 'put', path: string) =>
    http[method](`/api/v1${path}`).set('Cookie', cookie);
  const node = (
    id: string,
    type: string,
    x: number,
    parameters: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) => ({ id, name: id, type, version: 1, position: { x, y: 0 }, parameters, ...extra });
  const chain = (name: string, nodes: ReturnType<typeof node>[], settings: Record<string, unknown> = {}) => ({
    schemaVersion: 1,
    name,
    settings,
    nodes,
    connections: nodes
      .slice(1)
      .map((n, i) => ({ from: { node: nodes[i].id, port: 'main' }, to: { node: n.id, port: 'main' } })),
  });
  const create = async (doc: Record<string, unknown>) =>
    (await api('post', '/workflows').send(doc).expect(201)).body.id as string;
  const start = async (workflowId: string, body: Record<string, unknown> = {}) =>
    (await api('post', `/workflows/${workflowId}/run`).send(body).expect(202)).body.runId as string;
  async function until(runId: string, statuses: string[], ms = 15_000) {
    const end = Date.now() + ms;
    for (;;) {
      const run = (await api('get', `/executions/${runId}`)).body;
      if (statuses.includes(run.status)) return run;
      if (Date.now() > end) throw new Error(`run ${runId} is ${run.status}, not ${statuses.join('/')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    await recorder.start();
    await boot();
    cookie = cookieOf((await http.post('/api/v1/setup').send(OWNER).expect(201)).headers['set-cookie']);
  });
  afterAll(async () => {
    await app?.close();
    await recorder.stop();
  });

  it('keeps a waiting run across a restart and finishes it when the wait is over', async () => {
    const id = await create(
      chain('Wait', [
        node('start', 'core.manualTrigger', 0),
        node('wait', 'test.wait', 200, { ms: 1500 }),
        node('read', 'test.read', 400, { url: recorder.url }),
      ]),
    );
    const runId = await start(id);
    const waiting = await until(runId, ['waiting']);
    expect(waiting.waitUntil).toEqual(expect.any(String));
    await app.close();
    await boot();
    const done = await until(runId, ['success']);
    expect(done.steps.map((s: { nodeId: string }) => s.nodeId)).toEqual(['start', 'wait', 'read']);
    expect(recorder.reads.filter((r) => r.runId === runId)).toHaveLength(1);
  });

  it('picks up, at start, a run the last process left running, from its stored steps', async () => {
    const id = await create(
      chain('Stranded', [
        node('start', 'core.manualTrigger', 0),
        node('read', 'test.read', 200, { url: recorder.url }),
      ]),
    );
    const workflow = (await api('get', `/workflows/${id}`)).body;
    await app.close();
    // What a killed process leaves: the run marked running, its trigger step stored, nothing queued.
    const config = loadConfig(env);
    const ds = await new DataSource(dataSourceOptions(config)).initialize();
    const runId = randomUUID();
    const now = new Date().toISOString();
    await new ExecutionStore(ds).insert({
      id: runId,
      workflowId: id,
      workflowVersion: workflow.version,
      workflowName: workflow.name,
      status: 'running',
      mode: 'manual',
      createdAt: now,
      startedAt: now,
      finishedAt: null,
      waitUntil: null,
      error: null,
      options: {},
      resumeToken: null,
      retryOf: null,
      attempts: 1,
    });
    await new TypeOrmStepStore(ds).saveStep({
      runId,
      index: 0,
      nodeId: 'start',
      nodeName: 'start',
      nodeType: 'core.manualTrigger',
      runIndex: 0,
      status: 'success',
      startedAt: now,
      finishedAt: now,
      durationMs: 0.1,
      input: {},
      itemsIn: 1,
      output: { main: [{ json: { restored: true } }] },
      itemsOut: { main: 1 },
      retries: 0,
      logs: [],
    });
    await ds.destroy();
    await boot();
    const run = await until(runId, ['success']);
    expect(run.attempts).toBe(2);
    expect(run.steps.map((s: { nodeId: string }) => s.nodeId)).toEqual(['start', 'read']);
    expect(run.steps[1].items.main[0].json).toEqual({ restored: true });
    expect(recorder.reads.filter((r) => r.runId === runId)).toHaveLength(1);
  });

  it('resumes a run waiting for its resume URL; a wrong token is refused', async () => {
    const id = await create(
      chain('Approve', [
        node('start', 'core.manualTrigger', 0),
        node('url', 'core.set', 100, {
          fields: [{ name: 'resumeUrl', value: '{{ $execution.resumeUrl }}' }],
        }),
        node('wait', 'test.wait', 200, { ms: 0 }),
        node('read', 'test.read', 400, { url: recorder.url }),
      ]),
    );
    const runId = await start(id);
    const run = await until(runId, ['waiting']);
    const url = new URL(run.steps[1].items.main[0].json.resumeUrl as string);
    expect(url.pathname).toBe(`/webhook-waiting/${runId}`);
    const wrong = await http.post(`${url.pathname}?token=nope`).expect(401);
    expect(wrong.body.error.code).toBe('invalid_resume_token');
    expect((await api('get', `/executions/${runId}`)).body.status).toBe('waiting');
    await http.post(`${url.pathname}${url.search}`).expect(202);
    await until(runId, ['success']);
  });

  it('does not let a stale timed resume end a later wait', async () => {
    const id = await create(
      chain('Two waits', [
        node('start', 'core.manualTrigger', 0),
        node('first', 'test.wait', 100, { ms: 800 }),
        node('second', 'test.wait', 200, { ms: 0 }),
        node('read', 'test.read', 400, { url: recorder.url }),
      ]),
    );
    const runId = await start(id);
    await until(runId, ['waiting']);
    await api('post', `/executions/${runId}/resume`).expect(202); // ends the first wait early
    const second = await until(runId, ['waiting'], 5000).then(async (r) => {
      for (let i = 0; i < 100 && r.steps.length < 3; i++) r = (await api('get', `/executions/${runId}`)).body;
      return r;
    });
    expect(second.steps.map((s: { nodeId: string }) => s.nodeId)).toEqual(['start', 'first', 'second']);
    await new Promise((r) => setTimeout(r, 1200)); // the first wait's timer fires now
    expect((await api('get', `/executions/${runId}`)).body.status).toBe('waiting');
    await api('post', `/executions/${runId}/resume`).expect(202);
    await until(runId, ['success']);
  });

  it('streams live progress as server-sent events', async () => {
    const id = await create(
      chain('Stream', [
        node('start', 'core.manualTrigger', 0),
        node('wait', 'test.wait', 200, { ms: 0 }),
        node('read', 'test.read', 400, { url: recorder.url }),
      ]),
    );
    const runId = await start(id);
    await until(runId, ['waiting']);
    const stream = api('get', `/executions/${runId}/events`)
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done(null, text));
      });
    const pending = stream.then((res) => res.body as string);
    await new Promise((r) => setTimeout(r, 200));
    await api('post', `/executions/${runId}/resume`).expect(202);
    const text = await pending;
    expect(text).toMatch(/^event: snapshot/m);
    expect(text).toMatch(/event: step-finished\ndata: .*"nodeId":"read"/);
    expect(text).toMatch(/event: run-finished\ndata: .*"status":"success"/);
  });

  it('retries a failed run from its failed step without re-sending what was sent', async () => {
    const id = await create(
      chain('Retry', [
        node('start', 'core.manualTrigger', 0),
        node('send', 'test.send', 200, { url: recorder.url }),
      ]),
    );
    const first = recorder.sends.length;
    recorder.failSend(first + 2);
    const runId = await start(id, { items: [{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }] });
    const failed = await until(runId, ['failed']);
    expect(failed.error.message).toContain('recorder answered 500');
    await api('post', `/executions/${runId}/retry`).expect(202);
    const done = await until(runId, ['success']);
    expect(done.steps.map((s: { nodeId: string; status: string }) => `${s.nodeId}:${s.status}`)).toEqual([
      'start:success',
      'send:success',
    ]);
    const keys = recorder.sends.slice(first).map((s) => s.key);
    expect(keys.filter((k) => k.endsWith(':0') || k.endsWith(':1'))).toHaveLength(2);
    expect(new Set(keys).size).toBe(4);
  });

  it('cancels a waiting run', async () => {
    const id = await create(
      chain('Cancel', [node('start', 'core.manualTrigger', 0), node('wait', 'test.wait', 200, { ms: 0 })]),
    );
    const runId = await start(id);
    await until(runId, ['waiting']);
    await api('post', `/executions/${runId}/cancel`).expect(200);
    expect((await api('get', `/executions/${runId}`)).body.status).toBe('cancelled');
    const again = await api('post', `/executions/${runId}/cancel`).expect(409);
    expect(again.body.error.code).toBe('already_finished');
  });

  it('starts the error workflow with the failure details', async () => {
    const handler = await create(
      chain('On error', [node('start', 'core.manualTrigger', 0), node('noop', 'core.noop', 200)]),
    );
    const failing = await create(
      chain(
        'Fails',
        [
          node('start', 'core.manualTrigger', 0),
          node('boom', 'core.stopAndError', 200, { message: 'no leads today' }),
        ],
        { errorWorkflowId: handler },
      ),
    );
    const runId = await start(failing);
    await until(runId, ['failed']);
    let handled: { id: string } | undefined;
    for (let i = 0; i < 100 && !handled; i++) {
      handled = (await api('get', `/executions?workflowId=${handler}`)).body.data[0];
      await new Promise((r) => setTimeout(r, 50));
    }
    const run = await until(handled!.id, ['success']);
    expect(run.steps[0].items.main[0].json.execution).toMatchObject({
      id: runId,
      error: { message: expect.stringContaining('no leads today') },
    });
  });

  it('keeps credential secrets write-only, encrypted, and out of stored step data', async () => {
    const created = await api('post', '/credentials')
      .send({ name: 'Test', type: 'testApi', values: { apiKey: 'good-key', baseUrl: recorder.url } })
      .expect(201);
    expect(created.body).toMatchObject({
      type: 'testApi',
      values: { baseUrl: recorder.url },
      secretsSet: ['apiKey'],
    });
    expect(JSON.stringify(created.body)).not.toContain('good-key');
    const credId = created.body.id as string;
    await api('put', `/credentials/${credId}`).send({ name: 'Renamed' }).expect(200);
    const tested = await api('post', `/credentials/${credId}/test`).expect(200);
    expect(tested.body.ok).toBe(true);
    expect(recorder.pings.at(-1)?.authorization).toBe('Bearer good-key');

    const wf = await create(
      chain('Leak', [
        node('start', 'core.manualTrigger', 0),
        node('echo', 'test.echoKey', 200, {}, { credentials: { testApi: credId } }),
      ]),
    );
    const runId = await start(wf);
    const run = await until(runId, ['success']);
    expect(run.steps[1].items.main[0].json.leaked).toBe('key=[redacted]');

    const failing = await create(
      chain('Leak in error', [
        node('start', 'core.manualTrigger', 0),
        node('echo', 'test.echoKey', 200, { fail: true }, { credentials: { testApi: credId } }),
      ]),
    );
    const failed = await until(await start(failing), ['failed']);
    expect(failed.error.message).toContain('vendor refused key [redacted]');
    expect(JSON.stringify(failed)).not.toContain('good-key');

    const bad = await api('post', '/credentials').send({ name: 'X', type: 'nope', values: {} }).expect(400);
    expect(bad.body.error.code).toBe('unknown_credential_type');
  });
});
