#!/usr/bin/env node
// Development mock API for the editor: `node editor/mock-server/main.mjs [--port 5680] [--owner email:password]`.
// Serves /api/v1 (in memory, see routes.mjs), /webhook-test/:path, and editor/dist with a
// single-page fallback. Used by `npm run dev`, the end-to-end tests and the benchmark until they
// run against the real server.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createState, routes, HttpError, startRun } from './routes.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const dist = path.resolve(here, '../dist');
const MIME = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const PUBLIC = new Set(['GET /setup', 'POST /setup', 'POST /auth/login', 'POST /auth/logout']);

export function createMockServer({ owner } = {}) {
  const state = createState();
  if (owner)
    state.users.push({
      id: randomUUID(),
      email: owner.email,
      password: owner.password,
      name: 'Owner',
      role: 'owner',
    });
  const compiled = routes.map(([method, pattern, handler]) => {
    const names = [];
    const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (_m, n) => (names.push(n), '([^/]+)'))}$`);
    return { method, pattern, regex, names, handler };
  });

  async function readBody(req) {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const text = Buffer.concat(chunks).toString('utf8');
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw new HttpError(400, 'invalid-json', 'The request body is not valid JSON.');
    }
  }

  function send(res, status, value) {
    if (status === 204) return res.writeHead(204).end();
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(value));
  }

  async function api(req, res, url) {
    const route = url.pathname.slice('/api/v1'.length) || '/';
    const sid = /ainow_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const userId = sid && state.sessions.get(sid);
    const user = state.users.find((u) => u.id === userId);
    const eventMatch = /^\/executions\/([^/]+)\/events$/.exec(route);
    if (eventMatch && req.method === 'GET') {
      if (!user) throw new HttpError(401, 'unauthenticated', 'Log in first.');
      return events(res, eventMatch[1]);
    }
    for (const r of compiled) {
      const m = r.regex.exec(route);
      if (!m || r.method !== req.method) continue;
      if (!user && !PUBLIC.has(`${r.method} ${r.pattern}`))
        throw new HttpError(401, 'unauthenticated', 'Log in first.');
      const params = Object.fromEntries(r.names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
      const ctx = {
        state,
        user,
        sid,
        res,
        params,
        query: Object.fromEntries(url.searchParams),
        searchParams: url.searchParams,
        body: await readBody(req),
      };
      if (r.pattern.startsWith('/workflows/:id')) {
        ctx.wf = state.workflows.get(params.id);
        if (!ctx.wf) throw new HttpError(404, 'not-found', `No workflow has id '${params.id}'.`);
      }
      if (r.pattern.startsWith('/executions/:id')) {
        ctx.execution = state.executions.get(params.id);
        if (!ctx.execution) throw new HttpError(404, 'not-found', `No execution has id '${params.id}'.`);
      }
      if (r.pattern.startsWith('/credentials/:id')) {
        ctx.credential = state.credentials.get(params.id);
        if (!ctx.credential) throw new HttpError(404, 'not-found', `No credential has id '${params.id}'.`);
      }
      res.statusCode = 200;
      const value = await r.handler(ctx);
      return send(res, res.statusCode, value ?? {});
    }
    throw new HttpError(404, 'not-found', `${req.method} /api/v1${route} does not exist.`);
  }

  function events(res, id) {
    const execution = state.executions.get(id);
    if (!execution) throw new HttpError(404, 'not-found', `No execution has id '${id}'.`);
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    const write = (event) => res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
    // Like the server: a snapshot of the run first, then live events (here replayed from the start).
    write({ type: 'snapshot', ...execution, steps: execution.steps.map(({ items, ...s }) => s) });
    for (const e of state.events.get(id) ?? []) write(e);
    if (['success', 'failed', 'cancelled'].includes(execution.status)) return res.end();
    const set = state.listeners.get(id) ?? new Set();
    const listener = (event) => {
      write(event);
      // A run that waits (a Wait node) goes on later: keep the stream open, like the server.
      if (event.type === 'run-finished' && event.status !== 'waiting') res.end();
    };
    set.add(listener);
    state.listeners.set(id, set);
    res.on('close', () => set.delete(listener));
  }

  async function webhookTest(req, res, url) {
    const hookPath = url.pathname.replace(/^\/webhook-test\//, '');
    const waiting = state.testWebhooks.get(hookPath);
    if (!waiting || Date.parse(waiting.until) < Date.now())
      throw new HttpError(
        404,
        'webhook-not-listening',
        `No editor is listening for a test event on '${hookPath}'. Click "Listen for test event" first.`,
      );
    state.testWebhooks.delete(hookPath);
    const body = await readBody(req);
    const item = {
      json: {
        body: body ?? {},
        headers: req.headers,
        query: Object.fromEntries(url.searchParams),
        searchParams: url.searchParams,
        method: req.method,
      },
    };
    startRun(state, state.workflows.get(waiting.workflowId), { webhookItem: item, sandbox: waiting.sandbox });
    send(res, 200, { message: 'Workflow was started' });
  }

  async function staticFile(res, url) {
    let file = path.join(dist, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dist)) file = path.join(dist, 'index.html');
    try {
      if (!(await stat(file)).isFile()) file = path.join(dist, 'index.html');
    } catch {
      file = path.join(dist, 'index.html');
    }
    try {
      const data = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
      res.end(data);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('editor/dist is missing: run `npm run build -w editor` first.');
    }
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    try {
      if (url.pathname.startsWith('/api/v1')) return await api(req, res, url);
      if (url.pathname.startsWith('/webhook-test/')) return await webhookTest(req, res, url);
      if (url.pathname === '/healthz') return send(res, 200, { ok: true });
      return await staticFile(res, url);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      send(res, status, {
        error: { code: error.code ?? 'internal', message: error.message, details: error.details ?? null },
      });
    }
  });
  return { server, state };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(here, 'main.mjs')) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const port = Number(arg('--port') ?? process.env.PORT ?? 5680);
  const ownerArg = arg('--owner');
  const owner = ownerArg
    ? { email: ownerArg.split(':')[0], password: ownerArg.split(':').slice(1).join(':') }
    : undefined;
  const { server } = createMockServer({ owner });
  server.listen(port, '127.0.0.1', () => console.log(`mock API on http://127.0.0.1:${port}`));
}
