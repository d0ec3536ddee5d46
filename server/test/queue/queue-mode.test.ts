import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createServer } from '../../src/app/create-server';
import { loadConfig, type ServerConfig } from '../../src/config/config';
import { leadData } from '@ainow/nodes/simulators';
import { ExecutionEntity } from '../../src/executions/execution.entity';
import { SandboxService } from '../../src/runs/sandbox.service';
import { Recorder } from '../support/recorder';
import { spawnCli, type CliProcess } from '../support/spawn-cli';
import { cookieOf, OWNER } from '../support/test-server';
import { PG_URL, REDIS_URL } from '../support/test-config';

/**
 * Queue mode with real processes: PostgreSQL, Redis, two `ainow worker` processes and a second
 * `ainow start` process, beside an API server in this process.
 */
jest.setTimeout(120_000);

const id = `q${process.pid}${Math.random().toString(36).slice(2, 6)}`;
const env: Record<string, string> = {
  DATABASE_URL: PG_URL,
  AINOW_DATABASE_SCHEMA: id,
  REDIS_URL,
  AINOW_QUEUE_PREFIX: id,
  AINOW_ENCRYPTION_KEY: '22'.repeat(32),
  AINOW_NODE_PACKAGES: join(__dirname, '../fixtures/test-plugin'),
  AINOW_LOG_LEVEL: 'warn',
  AINOW_JOB_LOCK_MS: '3000',
  AINOW_INLINE_WAIT_MS: '0',
  AINOW_DATA_DIR: `/tmp/ainow-${id}`,
};

describe('queue mode with worker processes', () => {
  let config: ServerConfig;
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let cookie: string;
  let ds: DataSource;
  const recorder = new Recorder();
  const workers: CliProcess[] = [];

  const api = (method: 'get' | 'post', path: string) => http[method](`/api/v1${path}`).set('Cookie', cookie);
  const node = (nodeId: string, type: string, x: number, parameters: Record<string, unknown> = {}) => ({
    id: nodeId,
    name: nodeId,
    type,
    version: 1,
    position: { x, y: 0 },
    parameters,
  });
  const chain = (name: string, nodes: ReturnType<typeof node>[]) => ({
    schemaVersion: 1,
    name,
    nodes,
    connections: nodes
      .slice(1)
      .map((n, i) => ({ from: { node: nodes[i].id, port: 'main' }, to: { node: n.id, port: 'main' } })),
  });
  async function waitFor<T>(
    what: string,
    read: () => Promise<T>,
    done: (value: T) => boolean,
    ms = 30_000,
  ): Promise<T> {
    const until = Date.now() + ms;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const statusOf = async (runId: string) =>
    (await ds.getRepository(ExecutionEntity).findOneByOrFail({ id: runId })).status;

  beforeAll(async () => {
    await recorder.start();
    config = loadConfig(env);
    app = await createServer(config);
    await app.init();
    http = request(app.getHttpServer());
    cookie = cookieOf((await http.post('/api/v1/setup').send(OWNER).expect(201)).headers['set-cookie']);
    ds = await new DataSource({
      type: 'postgres',
      url: PG_URL,
      schema: id,
      entities: [ExecutionEntity],
    }).initialize();
    for (let i = 0; i < 2; i++)
      workers.push(await spawnCli(['worker', '--concurrency', '4'], env, /processing runs/));
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await app?.close();
    await recorder.stop();
    await ds?.query(`DROP SCHEMA IF EXISTS "${id}" CASCADE`);
    await ds?.destroy();
  });

  it('shares runs between two worker processes', async () => {
    const { body } = await api('post', '/workflows')
      .send(
        chain('Share', [
          node('start', 'core.manualTrigger', 0),
          node('read', 'test.read', 200, { url: recorder.url }),
        ]),
      )
      .expect(201);
    // Each run takes 150 ms and a worker takes 4 at a time, so 16 runs cannot all go to one worker.
    recorder.readDelayMs = 150;
    const runIds: string[] = [];
    for (let i = 0; i < 16; i++)
      runIds.push((await api('post', `/workflows/${body.id}/run`).send({}).expect(202)).body.runId);
    for (const runId of runIds)
      await waitFor(
        `run ${runId}`,
        () => statusOf(runId),
        (s) => s === 'success',
      );
    const pids = new Set(recorder.reads.filter((r) => runIds.includes(r.runId)).map((r) => r.pid));
    recorder.readDelayMs = 0;
    expect(pids.size).toBe(2);
  });

  it('runs a sandbox run on a worker process, whose simulators stand in for the vendor', async () => {
    const { body } = await api('post', '/workflows')
      .send(
        chain('Sandbox', [
          node('start', 'core.manualTrigger', 0),
          node('org', 'apollo.enrichOrganization', 200, { domain: '{{ $json.domain }}' }),
        ]),
      )
      .expect(201);
    const { company } = leadData(1)[0];
    const run = await api('post', `/workflows/${body.id}/run?wait=true`)
      .send({ sandbox: true, items: [{ domain: company.domain }] })
      .expect(200);
    expect(run.body).toMatchObject({
      status: 'success',
      outputs: { org: { main: [{ json: { found: true, name: company.name } }] } },
    });
    // The API process (no worker) never started simulators: a worker did.
    expect(app.get(SandboxService).running).toBe(false);
  });

  it('never runs more than settings.concurrency runs of a workflow at once across workers', async () => {
    const doc = {
      ...chain('One at a time', [
        node('start', 'core.manualTrigger', 0),
        node('read', 'test.read', 200, { url: recorder.url }),
      ]),
      settings: { concurrency: 1 },
    };
    const { body } = await api('post', '/workflows').send(doc).expect(201);
    recorder.readDelayMs = 150; // each run holds its place 150 ms
    const runIds = await Promise.all(
      Array.from(
        { length: 6 },
        async () =>
          (await api('post', `/workflows/${body.id}/run`).send({}).expect(202)).body.runId as string,
      ),
    );
    for (const runId of runIds)
      await waitFor(
        `run ${runId}`,
        () => statusOf(runId),
        (s) => s === 'success',
        60_000,
      );
    const intervals = await Promise.all(
      runIds.map(async (runId) => {
        const run = (await api('get', `/executions/${runId}`).expect(200)).body;
        const read = run.steps.find((st: { nodeId: string }) => st.nodeId === 'read');
        return [Date.parse(read.startedAt), Date.parse(read.finishedAt)] as const;
      }),
    );
    intervals.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i][0]).toBeGreaterThanOrEqual(intervals[i - 1][1]);
  });

  it('finishes a run whose worker was SIGKILLed mid-send from its last stored step, sending no item twice', async () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ n: i }));
    const doc = chain('Send', [
      node('start', 'core.manualTrigger', 0),
      node('read', 'test.read', 200, { url: recorder.url }),
      node('send', 'test.send', 400, { url: recorder.url }),
    ]);
    const { body } = await api('post', '/workflows').send(doc).expect(201);
    const firstSend = recorder.sends.length;
    const held = recorder.holdSend(firstSend + 5);
    const { runId } = (await api('post', `/workflows/${body.id}/run`).send({ items }).expect(202)).body;
    const delivery = await held;
    const victim = workers.find((w) => w.child.pid === delivery.pid)!;
    expect(victim).toBeDefined();
    victim.child.kill('SIGKILL');
    const killedAt = Date.now();
    await waitFor(
      'the run to finish on the other worker',
      () => statusOf(runId),
      (s) => s === 'success' || s === 'failed',
      30_000,
    );
    const recoveredIn = Date.now() - killedAt;
    expect(await statusOf(runId)).toBe('success');
    expect(recoveredIn).toBeLessThan(15_000);

    const sends = recorder.sends.slice(firstSend);
    const perKey = new Map<string, number>();
    for (const s of sends) perKey.set(s.key, (perKey.get(s.key) ?? 0) + 1);
    expect(perKey.size).toBe(12);
    // The item in flight when the worker died is sent again with the same idempotency key; no other item twice.
    expect([...perKey.values()].filter((n) => n > 1)).toEqual([2]);
    expect(perKey.get(delivery.key)).toBe(2);
    expect(recorder.reads.filter((r) => r.runId === runId)).toHaveLength(1);
    const after = sends.filter((s) => s.pid !== delivery.pid);
    expect(after.length).toBeGreaterThan(0);

    const run = (await api('get', `/executions/${runId}`).expect(200)).body;
    expect(run.attempts).toBe(2);
    expect(run.steps.map((s: { nodeId: string; status: string }) => `${s.nodeId}:${s.status}`)).toEqual([
      'start:success',
      'read:success',
      'send:success',
    ]);
    workers.splice(workers.indexOf(victim), 1, await spawnCli(['worker'], env, /processing runs/));
  });

  it('resumes a waiting run as a delayed job after every worker restarted', async () => {
    const doc = chain('Wait', [
      node('start', 'core.manualTrigger', 0),
      node('wait', 'test.wait', 200, { ms: 2500 }),
      node('read', 'test.read', 400, { url: recorder.url }),
    ]);
    const { body } = await api('post', '/workflows').send(doc).expect(201);
    const { runId } = (await api('post', `/workflows/${body.id}/run`).send({}).expect(202)).body;
    await waitFor(
      'the run to wait',
      () => statusOf(runId),
      (s) => s === 'waiting',
    );
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    for (let i = 0; i < 2; i++) workers.push(await spawnCli(['worker'], env, /processing runs/));
    await waitFor(
      'the run to resume and finish',
      () => statusOf(runId),
      (s) => s === 'success',
      20_000,
    );
    expect(recorder.reads.filter((r) => r.runId === runId)).toHaveLength(1);
  });

  it('answers a test webhook on another API process than the one that listens, once', async () => {
    const doc = {
      ...chain('Test hook', [
        node('hook', 'core.webhook', 0, { path: 'across', method: 'POST', responseMode: 'lastNode' }),
        node('noop', 'core.noop', 200),
      ]),
    };
    const { body } = await api('post', '/workflows').send(doc).expect(201);
    const other = await spawnCli(['start', '--no-worker'], { ...env, PORT: '0' }, /is running on/);
    try {
      const port = /localhost:(\d+)/.exec(other.output())![1];
      const send = () =>
        fetch(`http://127.0.0.1:${port}/webhook-test/across`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ hello: 'there' }),
        });
      expect((await send()).status).toBe(404); // nobody listens yet
      await api('post', `/workflows/${body.id}/test-webhook`).send({}).expect(200);
      const answered = await send();
      expect(answered.status).toBe(200);
      expect(await answered.json()).toMatchObject({ body: { hello: 'there' } });
      expect((await send()).status).toBe(404); // a listener answers one request
    } finally {
      await other.stop();
    }
  });

  it('fires a schedule once per tick with two server processes', async () => {
    const doc = chain('Every second', [
      node('tick', 'core.schedule', 0, { cron: '* * * * * *' }),
      node('noop', 'core.noop', 200),
    ]);
    const { body } = await api('post', '/workflows').send(doc).expect(201);
    await api('post', `/workflows/${body.id}/activate`).expect(200);
    const second = await spawnCli(['start', '--no-worker'], { ...env, PORT: '0' }, /is running on/);
    await new Promise((r) => setTimeout(r, 5500));
    await api('post', `/workflows/${body.id}/deactivate`).expect(200);
    await second.stop();
    await new Promise((r) => setTimeout(r, 1500));
    const runs = await ds.getRepository(ExecutionEntity).findBy({ workflowId: body.id });
    const ticks = runs.map((r) => String(r.options.triggerItems?.[0]?.json.scheduledAt));
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it('finishes the run in hand on SIGTERM before the worker exits', async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    const patient = await spawnCli(['worker'], { ...env, AINOW_INLINE_WAIT_MS: '10000' }, /processing runs/);
    workers.push(patient);
    const doc = chain('Slow', [
      node('start', 'core.manualTrigger', 0),
      node('wait', 'test.wait', 200, { ms: 2000 }),
      node('read', 'test.read', 400, { url: recorder.url }),
    ]);
    const { body } = await api('post', '/workflows').send(doc).expect(201);
    const { runId } = (await api('post', `/workflows/${body.id}/run`).send({}).expect(202)).body;
    await waitFor(
      'the run to start',
      () => statusOf(runId),
      (s) => s === 'running',
    );
    const exited = new Promise<number | null>((resolve) =>
      patient.child.once('exit', (code) => resolve(code)),
    );
    patient.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await statusOf(runId)).toBe('success');
    expect(patient.output()).toMatch(/SIGTERM: stopping after 1 run\(s\) in hand/);
  });
});
