// Development mock of the REST API (DESIGN.md section 8), in memory. It follows the real server's
// paths, bodies, answers, status codes and error shape (server/src/**/*.controller.ts), so that
// the editor's client needs no switch. Runs use the simple executor in executor.mjs. This file has
// the workflow, run, execution, node-type and template routes; account.routes.mjs and
// credentials.routes.mjs the others.
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { accountRoutes } from './account.routes.mjs';
import { catalog } from './catalog.mjs';
import { credentialRoutes } from './credentials.routes.mjs';
import { execute } from './executor.mjs';
import { HttpError } from './http-error.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);

function loadTemplates() {
  const dir = path.resolve(here, '../../examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.workflow.json'))
    .map((f) => {
      const document = JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
      return {
        id: f.replace(/\.workflow\.json$/, ''),
        name: document.name,
        description: typeof document.description === 'string' ? document.description : null,
        nodeTypes: [...new Set(document.nodes.map((n) => n.type))],
        credentialTypes: [...new Set(document.nodes.flatMap((n) => Object.keys(n.credentials ?? {})))],
        document,
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
    controls: new Map(),
    templates: loadTemplates(),
  };
}

const now = () => new Date().toISOString();
const summary = ({ document, ...rest }) => ({
  ...rest,
  tags: Array.isArray(document?.tags) ? document.tags.filter((t) => typeof t === 'string') : [],
});

function requireDocument(body) {
  if (!body || typeof body !== 'object' || !Array.isArray(body.nodes) || typeof body.name !== 'string') {
    throw new HttpError(
      400,
      'invalid_workflow',
      'The body must be a workflow document (schemaVersion 1) with a name and nodes.',
    );
  }
  const { id: _id, ...doc } = body;
  return doc;
}

function saveWorkflow(state, record, doc) {
  const version = (record.version ?? 0) + 1;
  const next = { ...record, name: doc.name, version, updatedAt: now(), document: doc };
  state.workflows.set(record.id, next);
  const list = state.versions.get(record.id) ?? [];
  list.push({ version, createdAt: next.updatedAt, createdBy: null, document: structuredClone(doc) });
  state.versions.set(record.id, list);
  return next;
}

function startRun(state, record, { items, destinationNodeId, webhookItem, retryOf, dryRun, sandbox } = {}) {
  const id = randomUUID();
  const execution = {
    id,
    workflowId: record.id,
    workflowVersion: record.version,
    workflowName: record.name,
    status: 'running',
    mode: webhookItem ? 'webhook' : retryOf ? 'retry' : 'manual',
    createdAt: now(),
    startedAt: now(),
    finishedAt: null,
    waitUntil: null,
    error: null,
    retryOf: retryOf ?? null,
    options: {
      ...(dryRun ? { dryRun: true } : {}),
      // Sandbox: the mock calls no vendor anyway; the run is only marked, like the server's.
      ...(sandbox ? { sandbox: true } : {}),
      ...(destinationNodeId ? { destinationNodeId } : {}),
    },
    steps: [],
  };
  // Stopped by POST /executions/:id/cancel (the executor checks between steps and during waits).
  const control = { cancelled: false, wake: () => undefined };
  state.controls.set(id, control);
  state.executions.set(id, execution);
  state.events.set(id, []);
  const emit = (event) => {
    const e = { runId: id, ...event };
    if (event.type === 'stepFinished') {
      const { input: _input, output, ...step } = event.step;
      const index = execution.steps.length;
      execution.steps.push({ ...step, index, nodeName: step.name, items: output });
      Object.assign(e, { type: 'step-finished', step: { ...step, index, nodeName: step.name } });
      delete e.nodeId;
    } else if (event.type === 'stepStarted') {
      Object.assign(e, {
        type: 'step-started',
        index: execution.steps.length,
        nodeId: event.nodeId,
        nodeName: event.step?.name,
      });
      delete e.step;
    } else if (event.type === 'runFinished') {
      Object.assign(e, { type: 'run-finished', error: event.error ?? null });
    }
    state.events.get(id).push(e);
    for (const send of state.listeners.get(id) ?? []) send(e);
  };
  const inputItems = webhookItem ? [webhookItem] : items?.map((i) => (i && i.json ? i : { json: i }));
  execute({
    workflow: record.document,
    catalog,
    runId: id,
    workflowId: record.id,
    inputItems,
    destinationNodeId,
    dryRun: !!dryRun,
    control,
    onStatus: (status, waitUntil) => Object.assign(execution, { status, waitUntil: waitUntil ?? null }),
    emit,
  })
    .then((result) => {
      if (execution.status !== 'cancelled')
        Object.assign(execution, { status: result.status, error: result.error, finishedAt: now() });
    })
    .catch((e) =>
      Object.assign(execution, { status: 'failed', error: { message: e.message }, finishedAt: now() }),
    )
    .finally(() => state.controls.delete(id));
  return id;
}

/** The execution as GET /executions/:id answers it: at most `limit` items per step and port. */
function executionView(execution, limit) {
  return {
    ...execution,
    steps: execution.steps.map((s) => ({
      ...s,
      items: Object.fromEntries(Object.entries(s.items ?? {}).map(([p, list]) => [p, list.slice(0, limit)])),
      itemsPageSize: 1000,
    })),
  };
}

/** Routes: [method, pattern, handler(ctx)], `:name` segments become ctx.params; `role` is the least role needed. */
export const routes = [
  ...accountRoutes,
  ...credentialRoutes,
  ['GET', '/node-types', () => catalog],
  [
    'POST',
    '/node-types/:type/:version/load-options',
    // Like the server's: the node's named loader answers [{ value, label }] (here made-up choices).
    ({ params, body }) => {
      const def = catalog.nodes.find((n) => n.type === params.type && n.version === Number(params.version));
      if (!def)
        throw new HttpError(404, 'not_found', `node type '${params.type}@${params.version}' does not exist`);
      if (!body?.method || !(def.loadOptions ?? []).includes(body.method))
        throw new HttpError(
          400,
          'unknown_load_options',
          `${params.type} has no options loader '${body?.method}'${def.loadOptions?.length ? `; it has ${def.loadOptions.join(', ')}` : ''}`,
        );
      return [1, 2, 3].map((n) => ({ value: `${body.method}-${n}`, label: `${body.method} option ${n}` }));
    },
  ],
  [
    'GET',
    '/workflows',
    // Like the server: summaries with the document's tags; ?tag= (every one, any case), ?search= (name words).
    ({ state, searchParams }) => {
      const wanted = searchParams
        .getAll('tag')
        .map((t) => t.trim().toLowerCase())
        .filter(Boolean);
      const words = (searchParams.get('search') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      return [...state.workflows.values()]
        .map(summary)
        .filter((w) => words.every((word) => w.name.toLowerCase().includes(word)))
        .filter((w) => {
          const tags = new Set(w.tags.map((t) => t.toLowerCase()));
          return wanted.every((t) => tags.has(t));
        })
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
  ],
  [
    'POST',
    '/workflows',
    ({ state, body, res }) => {
      const doc = requireDocument(body);
      res.statusCode = 201;
      const id = randomUUID();
      return saveWorkflow(state, { id, active: false, createdAt: now(), version: 0 }, doc);
    },
  ],
  ['GET', '/workflows/:id', ({ wf }) => wf],
  ['PUT', '/workflows/:id', ({ state, wf, body }) => saveWorkflow(state, wf, requireDocument(body))],
  [
    'DELETE',
    '/workflows/:id',
    ({ state, wf, res }) => {
      state.workflows.delete(wf.id);
      res.statusCode = 204;
    },
  ],
  ['POST', '/workflows/:id/activate', ({ wf }) => Object.assign(wf, { active: true })],
  ['POST', '/workflows/:id/deactivate', ({ wf }) => Object.assign(wf, { active: false })],
  [
    'GET',
    '/workflows/:id/versions',
    ({ state, wf }) => (state.versions.get(wf.id) ?? []).map(({ document, ...v }) => v).reverse(),
  ],
  [
    'GET',
    '/workflows/:id/versions/:version',
    ({ state, wf, params }) => {
      const v = (state.versions.get(wf.id) ?? []).find((x) => x.version === Number(params.version));
      if (!v) throw new HttpError(404, 'not_found', `workflow ${wf.id} has no version ${params.version}`);
      return { workflowId: wf.id, version: v.version, document: v.document };
    },
  ],
  [
    'POST',
    '/workflows/:id/run',
    ({ state, wf, body, res }) => {
      const id = body?.destinationNodeId;
      if (id && !wf.document.nodes.some((n) => n.id === id))
        throw new HttpError(400, 'unknown_node', `workflow '${wf.name}' has no node with id '${id}'`);
      if (body?.sandbox !== undefined && typeof body.sandbox !== 'boolean')
        throw new HttpError(400, 'invalid_body', 'sandbox: expected true or false');
      res.statusCode = 202;
      return { runId: startRun(state, wf, body ?? {}) };
    },
  ],
  [
    'POST',
    '/workflows/:id/test-webhook',
    ({ state, wf, body }) => {
      const node = wf.document.nodes.find((n) =>
        body?.nodeId ? n.id === body.nodeId : n.type === 'core.webhook',
      );
      if (!node)
        throw new HttpError(400, 'no_webhook_trigger', `workflow '${wf.name}' has no webhook trigger`);
      const hookPath = String(node.parameters?.path ?? '').replace(/^\/+|\/+$/g, '');
      const until = new Date(Date.now() + (body?.ttlMs ?? 120_000)).toISOString();
      state.testWebhooks.set(hookPath, { workflowId: wf.id, until, sandbox: body?.sandbox === true });
      return {
        method: String(node.parameters?.method ?? 'POST').toUpperCase(),
        path: `/webhook-test/${hookPath}`,
        until,
        sandbox: body?.sandbox === true,
      };
    },
  ],
  ['GET', '/executions', ({ state, query }) => listExecutions(state, query)],
  ['GET', '/executions/:id', ({ execution, query }) => executionView(execution, Number(query.items ?? 20))],
  [
    'GET',
    '/executions/:id/steps/:index/items',
    ({ execution, params, query }) => {
      const step = execution.steps.find((s) => s.index === Number(params.index));
      if (!step) throw new HttpError(404, 'not_found', `no step ${params.index} in run ${execution.id}`);
      const port = query.port ?? 'main';
      const all = step.items?.[port];
      if (!all)
        throw new HttpError(
          400,
          'unknown_port',
          `step ${params.index} (${step.nodeName}) has no output port '${port}'`,
        );
      const page = Number(query.page ?? 0);
      const pageSize = 100;
      const pages = Math.ceil(all.length / pageSize);
      return {
        port,
        page,
        pageSize,
        total: all.length,
        pages,
        items: all.slice(page * pageSize, (page + 1) * pageSize),
        nextPage: page + 1 < pages ? page + 1 : null,
      };
    },
  ],
  [
    'POST',
    '/executions/:id/retry',
    ({ state, execution }) => {
      if (execution.status !== 'failed' && execution.status !== 'cancelled')
        throw new HttpError(
          409,
          'not_retryable',
          `execution '${execution.id}' is ${execution.status}; only failed or cancelled runs can be retried`,
        );
      const wf = state.workflows.get(execution.workflowId);
      return { runId: startRun(state, wf, { retryOf: execution.id }), status: 'queued' };
    },
  ],
  [
    'POST',
    '/executions/:id/cancel',
    ({ state, execution }) => {
      if (['success', 'failed', 'cancelled'].includes(execution.status))
        throw new HttpError(
          409,
          'already_finished',
          `execution '${execution.id}' already ended (${execution.status})`,
        );
      const error = { message: 'the run was cancelled' };
      Object.assign(execution, { status: 'cancelled', finishedAt: now(), error });
      const control = state.controls.get(execution.id);
      if (control) {
        control.cancelled = true;
        control.wake();
      }
      const event = { runId: execution.id, type: 'run-finished', status: 'cancelled', error };
      state.events.get(execution.id)?.push(event);
      for (const send of state.listeners.get(execution.id) ?? []) send(event);
      return { runId: execution.id, status: 'cancelled' };
    },
  ],
  ['GET', '/templates', ({ state }) => state.templates.map(({ document, ...t }) => t)],
  ['GET', '/templates/:id', ({ state, params }) => templateOf(state, params.id).document],
  [
    'POST',
    '/templates/:id/import',
    ({ state, params, res }) => {
      const t = templateOf(state, params.id);
      res.statusCode = 201;
      return saveWorkflow(
        state,
        { id: randomUUID(), active: false, createdAt: now(), version: 0 },
        structuredClone(t.document),
      );
    },
  ],
];

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/** GET /executions like the server: filters, newest first, cursor paging on (createdAt, id). */
function listExecutions(state, query) {
  for (const key of ['from', 'to'])
    if (query[key] !== undefined && !ISO.test(query[key]))
      throw new HttpError(400, 'invalid_query', `${key}: use an ISO date-time such as 2024-05-01T00:00:00Z`);
  const limit = Math.min(500, Math.max(1, Number(query.limit ?? 50)));
  let cursor;
  if (query.cursor) {
    const [createdAt, id] = Buffer.from(query.cursor, 'base64url').toString('utf8').split('|');
    if (!/^\d{4}-\d{2}-\d{2}T/.test(createdAt ?? '') || !id)
      throw new HttpError(
        400,
        'invalid_cursor',
        'the cursor is not one this API gave out; use nextCursor from the previous page',
      );
    cursor = { createdAt, id };
  }
  const rows = [...state.executions.values()]
    .filter(
      (e) =>
        (!query.workflowId || e.workflowId === query.workflowId) &&
        (!query.status || e.status === query.status) &&
        (!query.from || e.createdAt >= query.from) &&
        (!query.to || e.createdAt < query.to) &&
        (!cursor || e.createdAt < cursor.createdAt || (e.createdAt === cursor.createdAt && e.id < cursor.id)),
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  const page = rows.slice(0, limit).map(({ steps, options, ...rest }) => ({
    ...rest,
    dryRun: options?.dryRun === true,
    sandbox: options?.sandbox === true,
  }));
  const last = page.at(-1);
  return {
    data: page,
    nextCursor:
      rows.length > limit ? Buffer.from(`${last.createdAt}|${last.id}`).toString('base64url') : null,
  };
}

function templateOf(state, id) {
  const t = state.templates.find((x) => x.id === id);
  if (!t) throw new HttpError(404, 'not_found', `no template has id '${id}'`);
  return t;
}

export { HttpError, catalog, startRun };
