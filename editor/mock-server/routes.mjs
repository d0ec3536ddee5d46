// Development mock of the REST API (DESIGN.md section 8), in memory. Same paths, bodies, status
// codes and error shape as the real server, so that the editor's client needs no switch.
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { execute } from './executor.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const catalog = JSON.parse(readFileSync(path.join(here, 'catalog.json'), 'utf8'));

class HttpError extends Error {
  constructor(status, code, message, details) {
    super(message);
    Object.assign(this, { status, code, details });
  }
}

function loadTemplates() {
  const dir = path.resolve(here, '../../examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.workflow.json'))
    .map((f) => {
      const workflow = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      const credentials = [
        ...new Set(
          workflow.nodes
            .flatMap((n) => Object.keys(n.credentials ?? {}))
            .concat(
              workflow.nodes
                .map((n) => catalog.nodes.find((d) => d.type === n.type)?.credential?.type)
                .filter(Boolean),
            ),
        ),
      ];
      return {
        id: f.replace(/\.workflow\.json$/, ''),
        name: workflow.name,
        description:
          workflow.description ??
          `${workflow.nodes.length} nodes: ${workflow.nodes.map((n) => n.name).join(' → ')}`,
        tags: workflow.tags ?? [],
        nodeTypes: [...new Set(workflow.nodes.map((n) => n.type))],
        credentials,
        workflow,
      };
    });
}

export function createState() {
  return {
    users: [],
    sessions: new Map(),
    workflows: new Map(),
    versions: new Map(),
    executions: new Map(),
    events: new Map(),
    listeners: new Map(),
    credentials: new Map(),
    apiKeys: new Map(),
    testWebhooks: new Map(),
    templates: loadTemplates(),
  };
}

const now = () => new Date().toISOString();
const summary = ({ workflow, ...rest }) => ({ ...rest, nodeCount: workflow.nodes.length });
const publicCredential = (c) => ({
  id: c.id,
  name: c.name,
  type: c.type,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  data: Object.fromEntries(
    Object.entries(c.data).filter(
      ([k]) => !(catalog.credentials.find((t) => t.name === c.type)?.secretFields ?? []).includes(k),
    ),
  ),
});

function saveWorkflow(state, record, doc) {
  const version = (record.version ?? 0) + 1;
  const next = {
    ...record,
    workflow: { ...doc, id: record.id },
    name: doc.name ?? record.name,
    version,
    updatedAt: now(),
  };
  state.workflows.set(record.id, next);
  const list = state.versions.get(record.id) ?? [];
  list.push({
    version,
    createdAt: next.updatedAt,
    name: next.name,
    workflow: structuredClone(next.workflow),
  });
  state.versions.set(record.id, list);
  return next;
}

function startRun(state, record, { items, destinationNodeId, webhookItem, retryOf } = {}) {
  const id = `run_${randomUUID().slice(0, 8)}`;
  const execution = {
    id,
    workflowId: record.id,
    workflowName: record.name,
    status: 'running',
    mode: webhookItem ? 'webhook-test' : retryOf ? 'retry' : 'manual',
    startedAt: now(),
    finishedAt: null,
    durationMs: null,
    steps: [],
    error: null,
    workflow: structuredClone(record.workflow),
  };
  state.executions.set(id, execution);
  state.events.set(id, []);
  const emit = (event) => {
    state.events.get(id).push(event);
    for (const send of state.listeners.get(id) ?? []) send(event);
    if (event.type === 'stepFinished') execution.steps.push(event.step);
  };
  const started = Date.now();
  execute({
    workflow: record.workflow,
    catalog,
    runId: id,
    workflowId: record.id,
    inputItems: webhookItem ? [webhookItem] : items,
    destinationNodeId,
    emit,
  })
    .then((result) =>
      Object.assign(execution, {
        status: result.status,
        error: result.error,
        finishedAt: now(),
        durationMs: Date.now() - started,
      }),
    )
    .catch((e) =>
      Object.assign(execution, { status: 'failed', error: { message: e.message }, finishedAt: now() }),
    );
  return id;
}

/** Routes: [method, pattern, handler(ctx)], `:name` segments become ctx.params. */
export const routes = [
  ['GET', '/setup', ({ state }) => ({ setupRequired: state.users.length === 0 })],
  [
    'POST',
    '/setup',
    ({ state, body, res }) => {
      if (state.users.length)
        throw new HttpError(409, 'setup-done', 'The owner account already exists; log in instead.');
      if (!body?.email || !body?.password || body.password.length < 8)
        throw new HttpError(400, 'invalid-body', 'Give an email and a password of at least 8 characters.');
      const user = {
        id: randomUUID(),
        email: body.email,
        name: body.name ?? '',
        role: 'owner',
        password: body.password,
      };
      state.users.push(user);
      startSession(state, res, user);
      return { id: user.id, email: user.email, name: user.name, role: user.role };
    },
  ],
  [
    'POST',
    '/auth/login',
    ({ state, body, res }) => {
      const user = state.users.find((u) => u.email === body?.email && u.password === body?.password);
      if (!user) throw new HttpError(401, 'invalid-credentials', 'Email or password is wrong.');
      startSession(state, res, user);
      return { id: user.id, email: user.email, name: user.name, role: user.role };
    },
  ],
  [
    'POST',
    '/auth/logout',
    ({ state, sid, res }) => {
      state.sessions.delete(sid);
      res.setHeader('set-cookie', 'ainow_session=; Path=/; HttpOnly; Max-Age=0');
      return {};
    },
  ],
  ['GET', '/auth/me', ({ user }) => ({ id: user.id, email: user.email, name: user.name, role: user.role })],
  ['GET', '/node-types', () => catalog],
  [
    'POST',
    '/node-types/load-options',
    ({ body }) => ({
      data: [1, 2, 3].map((n) => ({ value: `${body.method}-${n}`, label: `${body.method} option ${n}` })),
    }),
  ],
  [
    'GET',
    '/workflows',
    ({ state }) => ({
      data: [...state.workflows.values()].map(summary).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    }),
  ],
  [
    'POST',
    '/workflows',
    ({ state, body }) => {
      const doc = body?.workflow ?? body;
      if (!doc || !Array.isArray(doc.nodes))
        throw new HttpError(400, 'invalid-workflow', 'The body needs a workflow document with nodes.');
      const id = `wf_${randomUUID().slice(0, 8)}`;
      return saveWorkflow(
        state,
        {
          id,
          name: body.name ?? doc.name,
          active: false,
          tags: body.tags ?? [],
          createdAt: now(),
          version: 0,
        },
        { ...doc, name: body.name ?? doc.name },
      );
    },
  ],
  ['GET', '/workflows/:id', ({ wf }) => wf],
  [
    'PUT',
    '/workflows/:id',
    ({ state, wf, body }) => {
      const next = { ...wf, tags: body.tags ?? wf.tags };
      return saveWorkflow(state, next, body.workflow ?? { ...wf.workflow, name: body.name ?? wf.name });
    },
  ],
  [
    'DELETE',
    '/workflows/:id',
    ({ state, wf }) => {
      state.workflows.delete(wf.id);
      return {};
    },
  ],
  ['POST', '/workflows/:id/activate', ({ wf }) => Object.assign(wf, { active: true })],
  ['POST', '/workflows/:id/deactivate', ({ wf }) => Object.assign(wf, { active: false })],
  [
    'GET',
    '/workflows/:id/versions',
    ({ state, wf }) => ({ data: (state.versions.get(wf.id) ?? []).map(({ workflow, ...v }) => v).reverse() }),
  ],
  [
    'GET',
    '/workflows/:id/versions/:version',
    ({ state, wf, params }) => {
      const v = (state.versions.get(wf.id) ?? []).find((x) => x.version === Number(params.version));
      if (!v) throw new HttpError(404, 'not-found', `Workflow ${wf.id} has no version ${params.version}.`);
      return v;
    },
  ],
  [
    'POST',
    '/workflows/:id/run',
    ({ state, wf, body, res }) => {
      if (body?.waitForWebhook) {
        const hook = wf.workflow.nodes.find((n) => n.type === 'core.webhook');
        if (!hook)
          throw new HttpError(400, 'no-webhook', 'This workflow has no Webhook trigger to listen on.');
        state.testWebhooks.set(hook.parameters?.path ?? hook.id, {
          workflowId: wf.id,
          destinationNodeId: body.destinationNodeId,
        });
        res.statusCode = 202;
        return { listening: true, path: hook.parameters?.path ?? hook.id };
      }
      res.statusCode = 202;
      return { runId: startRun(state, wf, body ?? {}) };
    },
  ],
  [
    'GET',
    '/executions',
    ({ state, query }) => ({
      data: [...state.executions.values()]
        .filter(
          (e) =>
            (!query.workflowId || e.workflowId === query.workflowId) &&
            (!query.status || e.status === query.status),
        )
        .map(({ steps, workflow, ...rest }) => rest)
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    }),
  ],
  ['GET', '/executions/:id', ({ execution }) => execution],
  [
    'POST',
    '/executions/:id/retry',
    ({ state, execution, res }) => {
      const wf = state.workflows.get(execution.workflowId);
      res.statusCode = 202;
      return { runId: startRun(state, wf, { retryOf: execution.id }) };
    },
  ],
  [
    'POST',
    '/executions/:id/cancel',
    ({ execution }) => Object.assign(execution, { status: 'canceled' }) && {},
  ],
  ['GET', '/credentials', ({ state }) => ({ data: [...state.credentials.values()].map(publicCredential) })],
  [
    'POST',
    '/credentials',
    ({ state, body, res }) => {
      if (!body?.name || !body?.type)
        throw new HttpError(400, 'invalid-body', 'A credential needs a name and a type.');
      const c = {
        id: `cred_${randomUUID().slice(0, 6)}`,
        name: body.name,
        type: body.type,
        data: body.data ?? {},
        createdAt: now(),
        updatedAt: now(),
      };
      state.credentials.set(c.id, c);
      res.statusCode = 201;
      return publicCredential(c);
    },
  ],
  [
    'PUT',
    '/credentials/:id',
    ({ credential, body }) => {
      const data = { ...credential.data };
      for (const [k, v] of Object.entries(body.data ?? {})) if (v !== '' && v !== undefined) data[k] = v;
      return publicCredential(
        Object.assign(credential, { name: body.name ?? credential.name, data, updatedAt: now() }),
      );
    },
  ],
  [
    'DELETE',
    '/credentials/:id',
    ({ state, credential }) => {
      state.credentials.delete(credential.id);
      return {};
    },
  ],
  [
    'POST',
    '/credentials/:id/test',
    ({ credential }) => {
      const bad = Object.values(credential.data).some((v) => String(v).includes('bad'));
      return bad
        ? { ok: false, message: 'The vendor answered 401: the API key was refused.' }
        : { ok: true, message: 'Connection works.' };
    },
  ],
  ['GET', '/templates', ({ state }) => ({ data: state.templates })],
  [
    'POST',
    '/templates/:id/import',
    ({ state, params, res }) => {
      const t = state.templates.find((x) => x.id === params.id);
      if (!t) throw new HttpError(404, 'not-found', `No template has id '${params.id}'.`);
      res.statusCode = 201;
      const id = `wf_${randomUUID().slice(0, 8)}`;
      return saveWorkflow(
        state,
        { id, name: t.name, active: false, tags: ['template'], createdAt: now(), version: 0 },
        structuredClone(t.workflow),
      );
    },
  ],
  ['GET', '/users', ({ state }) => ({ data: state.users.map(({ password, ...u }) => u) })],
  [
    'POST',
    '/users',
    ({ state, body }) => {
      const u = {
        id: randomUUID(),
        email: body.email,
        role: body.role ?? 'editor',
        password: body.password ?? randomUUID(),
      };
      state.users.push(u);
      return { id: u.id, email: u.email, role: u.role };
    },
  ],
  [
    'PUT',
    '/users/:id',
    ({ state, params, body }) => {
      const u = state.users.find((x) => x.id === params.id);
      if (!u) throw new HttpError(404, 'not-found', 'No such user.');
      if (u.role === 'owner') throw new HttpError(400, 'owner-role', 'The owner keeps the owner role.');
      u.role = body.role;
      return { id: u.id, email: u.email, role: u.role };
    },
  ],
  [
    'DELETE',
    '/users/:id',
    ({ state, params }) => {
      state.users = state.users.filter((u) => u.id !== params.id || u.role === 'owner');
      return {};
    },
  ],
  ['GET', '/api-keys', ({ state }) => ({ data: [...state.apiKeys.values()].map(({ key, ...k }) => k) })],
  [
    'POST',
    '/api-keys',
    ({ state, body, res }) => {
      const k = {
        id: randomUUID().slice(0, 8),
        label: body?.label ?? 'key',
        createdAt: now(),
        lastUsedAt: null,
        key: `ank_${randomUUID().replace(/-/g, '')}`,
      };
      state.apiKeys.set(k.id, k);
      res.statusCode = 201;
      return k;
    },
  ],
  [
    'DELETE',
    '/api-keys/:id',
    ({ state, params }) => {
      state.apiKeys.delete(params.id);
      return {};
    },
  ],
];

function startSession(state, res, user) {
  const sid = randomUUID();
  state.sessions.set(sid, user.id);
  res.setHeader('set-cookie', `ainow_session=${sid}; Path=/; HttpOnly; SameSite=Lax`);
}

export { HttpError, catalog, startRun };
