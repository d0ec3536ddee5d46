import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../support/test-server';

describe('editor files, API docs and variables', () => {
  let server: TestServer;
  beforeAll(async () => {
    const editor = mkdtempSync(join(tmpdir(), 'ainow-editor-'));
    writeFileSync(join(editor, 'index.html'), '<!doctype html><title>AI-Now editor</title>');
    writeFileSync(join(editor, 'app.js'), 'console.log("editor")');
    server = await startTestServer('sqlite', { AINOW_EDITOR_DIR: editor });
  });
  afterAll(async () => server?.close());

  it.each([
    ['/', /AI-Now editor/],
    ['/workflows/123', /AI-Now editor/],
    ['/app.js', /console.log/],
  ])('serves the editor at %s (single-page routes fall back to index.html)', async (path, body) => {
    const res = await server.http.get(path).expect(200);
    expect(res.text).toMatch(body);
  });

  it('keeps unknown API routes as JSON 404s', async () => {
    const res = await server.http.get('/api/v1/nothing-here').set('Cookie', server.ownerCookie).expect(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('serves Swagger UI at /api/docs', async () => {
    const res = await server.http.get('/api/docs').redirects(1).expect(200);
    expect(res.text).toMatch(/swagger/i);
  });

  it('documents request bodies from their schemas', async () => {
    const { body } = await server.http.get('/api/openapi.json').expect(200);
    const login = body.paths['/api/v1/auth/login'].post;
    expect(JSON.stringify(login.requestBody)).toContain('password');
  });

  it('keeps workflow variables that runs see as $vars', async () => {
    await server.http
      .put('/api/v1/variables/region')
      .set('Cookie', server.ownerCookie)
      .send({ value: 'EU' })
      .expect(200);
    const doc = {
      schemaVersion: 1,
      name: 'Vars',
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
          id: 'set',
          name: 'Set',
          type: 'core.set',
          version: 1,
          position: { x: 200, y: 0 },
          parameters: { fields: [{ name: 'region', value: '{{ $vars.region }}' }] },
        },
      ],
      connections: [{ from: { node: 'start', port: 'main' }, to: { node: 'set', port: 'main' } }],
    };
    const { body } = await server.http
      .post('/api/v1/workflows')
      .set('Cookie', server.ownerCookie)
      .send(doc)
      .expect(201);
    const run = await server.http
      .post(`/api/v1/workflows/${body.id}/run?wait=true`)
      .set('Cookie', server.ownerCookie)
      .send({})
      .expect(200);
    expect(run.body.outputs.set.main[0].json.region).toBe('EU');
    const bad = await server.http
      .put('/api/v1/variables/1bad')
      .set('Cookie', server.ownerCookie)
      .send({ value: 1 })
      .expect(400);
    expect(bad.body.error.code).toBe('invalid_input');
  });
});
