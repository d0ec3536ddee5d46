import { join } from 'node:path';
import { leadData } from '@ainow/nodes/simulators';
import type { RateLimiter } from '@ainow/engine/runtime';
import { CredentialsService } from '../../src/credentials/credentials.service';
import { RATE_LIMITER } from '../../src/runs/run-job';
import { SandboxService } from '../../src/runs/sandbox.service';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Sandbox runs on the server (`{ sandbox: true }`): every vendor credential points at the
 * simulators, which start once per process on the first sandbox run and stop with it.
 */
jest.setTimeout(90_000);

const EXAMPLES = join(__dirname, '../../../examples');

/** Webhook (answers with the last node) → Apollo enrich organization, naming no credential. */
const enrichHook = (path: string) => ({
  schemaVersion: 1,
  name: `Sandbox hook ${path}`,
  nodes: [
    {
      id: 'hook',
      name: 'Hook',
      type: 'core.webhook',
      version: 1,
      position: { x: 0, y: 0 },
      parameters: { path, method: 'POST', responseMode: 'lastNode' },
    },
    {
      id: 'org',
      name: 'Company',
      type: 'apollo.enrichOrganization',
      version: 1,
      position: { x: 200, y: 0 },
      parameters: { domain: '{{ $json.body.domain }}' },
    },
  ],
  connections: [{ from: { node: 'hook', port: 'main' }, to: { node: 'org', port: 'main' } }],
});

describe('sandbox runs (embedded default)', () => {
  let server: TestServer;
  let resolveCalls: jest.SpyInstance;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { AINOW_EXAMPLES_DIR: EXAMPLES });
    resolveCalls = jest.spyOn(server.app.get(CredentialsService), 'resolve');
  });
  afterAll(async () => server?.close());
  beforeEach(() => resolveCalls.mockClear());

  const api = (method: 'get' | 'post' | 'put', path: string) =>
    server.http[method](`/api/v1${path}`).set('Cookie', server.ownerCookie);

  let templateId: string;
  it('runs a template with { sandbox: true } against the simulators, reading no stored credential', async () => {
    expect(server.app.get(SandboxService).running).toBe(false);
    templateId = (await api('post', '/templates/apollo-verify-hubspot/import').expect(201)).body.id;
    const run = await api('post', `/workflows/${templateId}/run?wait=true`)
      .send({ sandbox: true })
      .expect(200);
    expect(run.body).toMatchObject({ status: 'success', error: null });
    const byId = Object.fromEntries(
      (run.body.steps as Array<{ nodeId: string; status: string; itemsOut: Record<string, number> }>).map(
        (s) => [s.nodeId, s],
      ),
    );
    expect(byId.search.itemsOut.main).toBeGreaterThan(0);
    expect(byId.upsert).toMatchObject({ status: 'success' });
    expect(byId.upsert.itemsOut.main).toBeGreaterThan(0);
    expect(resolveCalls).not.toHaveBeenCalled();

    const execution = await api('get', `/executions/${run.body.runId}`).expect(200);
    expect(execution.body.options).toMatchObject({ sandbox: true });
    const listed = await api('get', `/executions?workflowId=${templateId}`).expect(200);
    expect(listed.body.data[0]).toMatchObject({ id: run.body.runId, sandbox: true, dryRun: false });
  });

  it('fails the same workflow clearly without the sandbox when its credentials do not exist', async () => {
    const run = await api('post', `/workflows/${templateId}/run?wait=true`).send({}).expect(200);
    expect(run.body.status).toBe('failed');
    expect(run.body.error.message).toMatch(/credential 'cred_apollo' does not exist/);
    expect(run.body.error.nodeId).toBe('search');
    expect(resolveCalls).toHaveBeenCalledWith({ id: 'cred_apollo', type: 'apollo' });
  });

  it('ignores a stored credential the workflow names, and keeps one sandbox for the process', async () => {
    const stored = await api('post', '/credentials')
      .send({
        name: 'Real Apollo',
        type: 'apollo',
        values: { apiKey: 'a-real-key-never-to-be-used', baseUrl: 'http://127.0.0.1:9/api' },
      })
      .expect(201);
    const doc = (await api('get', `/workflows/${templateId}`).expect(200)).body.document;
    for (const node of doc.nodes) if (node.credentials?.apollo) node.credentials.apollo = stored.body.id;
    await api('put', `/workflows/${templateId}`).send(doc).expect(200);
    const sandbox = await server.app.get(SandboxService).sandbox();
    const takes = jest.spyOn(server.app.get<RateLimiter>(RATE_LIMITER), 'take');

    const inSandbox = await api('post', `/workflows/${templateId}/run?wait=true`)
      .send({ sandbox: true })
      .expect(200);
    expect(inSandbox.body.status).toBe('success');
    expect(resolveCalls).not.toHaveBeenCalled();
    // Its rate-limit buckets are the sandbox's, not the stored credential's.
    const keys = takes.mock.calls.map(([key]) => key);
    expect(keys).toContain(`apollo:sandbox:${stored.body.id}`);
    expect(keys.filter((key) => key.includes(stored.body.id) && !key.includes('sandbox:'))).toEqual([]);
    takes.mockRestore();
    expect(await server.app.get(SandboxService).sandbox()).toBe(sandbox);

    const real = await api('post', `/workflows/${templateId}/run?wait=true`).send({}).expect(200);
    expect(real.body).toMatchObject({ status: 'failed', error: { nodeId: 'search' } });
    expect(resolveCalls).toHaveBeenCalledWith({ id: stored.body.id, type: 'apollo' });
  });

  it.each([
    [true, 200, 'success'],
    [false, 500, 'failed'],
  ])('answers a test webhook listened with sandbox: %s (%i)', async (sandbox, status, runStatus) => {
    const path = `sandbox-${sandbox}`;
    const id = (await api('post', '/workflows').send(enrichHook(path)).expect(201)).body.id;
    const listening = await api('post', `/workflows/${id}/test-webhook`).send({ sandbox }).expect(200);
    expect(listening.body).toMatchObject({ path: `/webhook-test/${path}`, sandbox });
    const { company } = leadData(1)[0]; // the simulator's seeded leads start with this one
    const answer = await server.http.post(`/webhook-test/${path}`).send({ domain: company.domain });
    expect(answer.status).toBe(status);
    if (sandbox) expect(answer.body).toMatchObject({ found: true, name: company.name });
    const runs = await api('get', `/executions?workflowId=${id}`).expect(200);
    expect(runs.body.data[0]).toMatchObject({ mode: 'test', sandbox, status: runStatus });
  });

  it('stops the simulators when the server closes', async () => {
    const { baseUrls } = await server.app.get(SandboxService).sandbox();
    const url = baseUrls.apollo;
    expect((await fetch(url)).status).toBeGreaterThanOrEqual(200); // any answer: it listens
    await server.app.close();
    await expect(fetch(url, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
  });
});
