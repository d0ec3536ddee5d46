import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createServer } from '../../src/app/create-server';
import { loadConfig } from '../../src/config/config';
import { ScheduleEntity } from '../../src/triggers/schedule.entity';
import { Recorder } from '../support/recorder';
import { testEnv } from '../support/test-config';
import { cookieOf, OWNER } from '../support/test-server';

jest.setTimeout(60_000);

describe('polling triggers and per-workflow concurrency (embedded)', () => {
  const recorder = new Recorder();
  let app: INestApplication;
  let http: ReturnType<typeof request>;
  let cookie: string;
  const api = (method: 'get' | 'post', path: string) => http[method](`/api/v1${path}`).set('Cookie', cookie);
  const executionsOf = async (workflowId: string) =>
    (await api('get', `/executions?workflowId=${workflowId}&limit=100`)).body.data as Array<{
      id: string;
      status: string;
    }>;

  beforeAll(async () => {
    await recorder.start();
    app = await createServer(
      loadConfig(
        testEnv('sqlite', {
          AINOW_NODE_PACKAGES: join(__dirname, '../fixtures/test-plugin'),
          AINOW_INLINE_WAIT_MS: '5000',
        }),
      ),
    );
    await app.init();
    http = request(app.getHttpServer());
    cookie = cookieOf((await http.post('/api/v1/setup').send(OWNER).expect(201)).headers['set-cookie']);
  });
  afterAll(async () => {
    await app?.close();
    await recorder.stop();
  });

  it('polls on the node’s interval and starts runs only for entries it has not seen', async () => {
    recorder.feed = [{ id: 'a' }, { id: 'b' }];
    const doc = {
      schemaVersion: 1,
      name: 'Poll',
      nodes: [
        {
          id: 'poll',
          name: 'Poll',
          type: 'test.poll',
          version: 1,
          position: { x: 0, y: 0 },
          parameters: { url: recorder.url, pollIntervalMs: 1000 },
        },
        {
          id: 'noop',
          name: 'Noop',
          type: 'core.noop',
          version: 1,
          position: { x: 200, y: 0 },
          parameters: {},
        },
      ],
      connections: [{ from: { node: 'poll', port: 'main' }, to: { node: 'noop', port: 'main' } }],
    };
    const { body } = await api('post', '/workflows').send(doc).expect(201);
    await api('post', `/workflows/${body.id}/activate`).expect(200);
    await new Promise((r) => setTimeout(r, 1600));
    recorder.feed.push({ id: 'c' });
    await new Promise((r) => setTimeout(r, 2200));
    await api('post', `/workflows/${body.id}/deactivate`).expect(200);
    const runs = await executionsOf(body.id);
    const items = await Promise.all(
      runs.map(async (r) =>
        (await api('get', `/executions/${r.id}`)).body.steps[0].items.main.map(
          (i: { json: { id: string } }) => i.json.id,
        ),
      ),
    );
    expect(items.flat().sort()).toEqual(['a', 'b', 'c']);
  });

  it('schedules a library polling trigger on the interval its node asks for in minutes', async () => {
    const credential = await api('post', '/credentials')
      .send({ type: 'hubspot', name: 'HubSpot', values: { accessToken: 'pat-test' } })
      .expect(201);
    const doc = {
      schemaVersion: 1,
      name: 'New HubSpot contacts',
      nodes: [
        {
          id: 'contacts',
          name: 'New contacts',
          type: 'hubspot.newContacts',
          version: 1,
          position: { x: 0, y: 0 },
          parameters: { pollMinutes: 2 },
          credentials: { hubspot: credential.body.id },
        },
      ],
      connections: [],
    };
    const { body } = await api('post', '/workflows').send(doc).expect(201);
    await api('post', `/workflows/${body.id}/activate`).expect(200);
    const schedules = app.get(DataSource).getRepository(ScheduleEntity);
    expect(await schedules.findOneBy({ workflowId: body.id })).toMatchObject({
      kind: 'poll',
      nodeId: 'contacts',
      intervalMs: 120_000,
    });
    await api('post', `/workflows/${body.id}/deactivate`).expect(200);
    expect(await schedules.countBy({ workflowId: body.id })).toBe(0);
  });

  it('runs at most settings.concurrency runs of a workflow at once', async () => {
    const doc = {
      schemaVersion: 1,
      name: 'One at a time',
      settings: { concurrency: 1 },
      nodes: [
        {
          id: 'start',
          name: 'Start',
          type: 'core.manualTrigger',
          version: 1,
          position: { x: 0, y: 0 },
          parameters: {},
        },
        {
          id: 'wait',
          name: 'Wait',
          type: 'test.wait',
          version: 1,
          position: { x: 200, y: 0 },
          parameters: { ms: 300 },
        },
      ],
      connections: [{ from: { node: 'start', port: 'main' }, to: { node: 'wait', port: 'main' } }],
    };
    const { body } = await api('post', '/workflows').send(doc).expect(201);
    for (let i = 0; i < 3; i++) await api('post', `/workflows/${body.id}/run`).send({}).expect(202);
    let maxRunning = 0;
    for (let i = 0; i < 60; i++) {
      const runs = await executionsOf(body.id);
      maxRunning = Math.max(maxRunning, runs.filter((r) => r.status === 'running').length);
      if (runs.every((r) => r.status === 'success')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await executionsOf(body.id)).map((r) => r.status)).toEqual(['success', 'success', 'success']);
    expect(maxRunning).toBe(1);
  });

  it('loads a dropdown’s options from the node’s loader', async () => {
    recorder.feed = [{ id: 'x' }, { id: 'y' }];
    const res = await api('post', '/node-types/test.poll/1/load-options')
      .send({ method: 'entries', parameters: { url: recorder.url } })
      .expect(200);
    expect(res.body).toEqual([
      { value: 'x', label: 'Entry x' },
      { value: 'y', label: 'Entry y' },
    ]);
    const unknown = await api('post', '/node-types/test.poll/1/load-options')
      .send({ method: 'nope' })
      .expect(400);
    expect(unknown.body.error.message).toContain('it has entries');
  });
});
