// Development mock: runs a workflow step by step with plain JavaScript for the core nodes, and
// outputs each vendor node's `outputSample` merged into its input items. Emits the same events
// as the real server's `GET /executions/:id/events`.
import { resolveParameters } from './expressions.mjs';

const ops = {
  equals: (a, b) => String(a) === String(b),
  notEquals: (a, b) => String(a) !== String(b),
  contains: (a, b) => String(a ?? '').includes(String(b)),
  notContains: (a, b) => !String(a ?? '').includes(String(b)),
  startsWith: (a, b) => String(a ?? '').startsWith(String(b)),
  endsWith: (a, b) => String(a ?? '').endsWith(String(b)),
  gt: (a, b) => Number(a) > Number(b),
  gte: (a, b) => Number(a) >= Number(b),
  lt: (a, b) => Number(a) < Number(b),
  lte: (a, b) => Number(a) <= Number(b),
  isEmpty: (a) => a === undefined || a === null || a === '' || (Array.isArray(a) && a.length === 0),
  isNotEmpty: (a) => !(a === undefined || a === null || a === '' || (Array.isArray(a) && a.length === 0)),
  matchesRegex: (a, b) => new RegExp(String(b)).test(String(a ?? '')),
  isTrue: (a) => a === true || a === 'true',
  isFalse: (a) => a === false || a === 'false',
};

function matches(params) {
  const list = Array.isArray(params.conditions) ? params.conditions : [];
  if (list.length === 0) return true;
  const results = list.map((c) => (ops[c.op] ?? ops.equals)(c.left, c.right));
  return params.combine === 'or' ? results.some(Boolean) : results.every(Boolean);
}

function setPath(target, dotted, value) {
  const keys = String(dotted).split('.');
  let at = target;
  keys.slice(0, -1).forEach((k) => {
    if (!at[k] || typeof at[k] !== 'object') at[k] = {};
    at = at[k];
  });
  at[keys.at(-1)] = value;
}

function runNode(node, def, items, ctxBase) {
  const per = (fn) =>
    items.map((item, itemIndex) =>
      fn(resolveParameters(node.parameters ?? {}, { ...ctxBase, item, itemIndex, items }), item, itemIndex),
    );
  switch (node.type) {
    case 'core.manualTrigger':
    case 'core.webhook':
    case 'core.schedule':
      return { main: items.length ? items : [{ json: {} }] };
    case 'core.set':
      return {
        main: per((p, item) => {
          const json = p.keepOnlySet ? {} : structuredClone(item.json);
          for (const f of p.fields ?? [])
            if (f?.name) setPath(json, f.name, f.type === 'number' ? Number(f.value) : f.value);
          return { json };
        }),
      };
    case 'core.if': {
      const out = { true: [], false: [] };
      per((p, item) => out[matches(p) ? 'true' : 'false'].push(item));
      return out;
    }
    case 'core.filter': {
      const out = { main: [] };
      per((p, item) => matches(p) && out.main.push(item));
      return out;
    }
    case 'core.switch': {
      const rules = node.parameters?.rules ?? [];
      const names = rules.map((r, i) => (r?.name?.trim() ? r.name.trim() : `rule ${i + 1}`));
      const out = Object.fromEntries([...names, 'fallback'].map((n) => [n, []]));
      per((p, item) => {
        const i = (p.rules ?? []).findIndex((r) => matches(r));
        if (i >= 0) out[names[i]].push(item);
        else if (p.fallback !== false) out.fallback.push(item);
      });
      return out;
    }
    case 'core.limit':
      return { main: items.slice(0, Number(node.parameters?.max ?? 1)) };
    case 'core.stopAndError':
      throw new Error(
        String(
          resolveParameters(node.parameters?.message ?? 'Stopped', { ...ctxBase, item: items[0] }) ||
            'Stopped',
        ),
      );
    case 'core.code': {
      const code = String(node.parameters?.code ?? 'return items;');
      if (node.parameters?.mode === 'each') {
        return {
          main: items.map((item) => ({
            json: new Function('item', '$json', code)(item, item.json)?.json ?? {},
          })),
        };
      }
      const result = new Function('items', '$input', code)(items, { all: () => items });
      return {
        main: (Array.isArray(result) ? result : [result]).map((r) => (r && r.json ? r : { json: r ?? {} })),
      };
    }
    default: {
      const sample = def?.outputSample ?? {};
      const ports = def?.outputs?.length ? def.outputs : ['main'];
      return {
        [ports[0]]: (items.length ? items : [{ json: {} }]).map((item) => ({
          json: { ...item.json, ...sample },
        })),
      };
    }
  }
}

function upstreamOf(workflow, nodeId) {
  const keep = new Set([nodeId]);
  const stack = [nodeId];
  while (stack.length) {
    const id = stack.pop();
    for (const c of workflow.connections)
      if (c.to.node === id && !keep.has(c.from.node)) (keep.add(c.from.node), stack.push(c.from.node));
  }
  return keep;
}

/**
 * Runs `workflow` and calls `emit(event)` as steps start and finish. Resolves to the execution's
 * final fields. `stepDelayMs` makes progress visible in the editor.
 */
export async function execute({
  workflow,
  catalog,
  runId,
  workflowId,
  inputItems,
  destinationNodeId,
  dryRun = false,
  control = { cancelled: false },
  onStatus = () => undefined,
  emit,
  stepDelayMs = 120,
}) {
  const defs = new Map(catalog.nodes.map((n) => [n.type, n]));
  const only = destinationNodeId ? upstreamOf(workflow, destinationNodeId) : null;
  const nodes = workflow.nodes.filter((n) => !only || only.has(n.id));
  const incoming = new Map(
    nodes.map((n) => [
      n.id,
      workflow.connections.filter((c) => c.to.node === n.id && (!only || only.has(c.from.node))),
    ]),
  );
  const outputs = new Map();
  const outputsByName = {};
  const steps = [];
  const done = new Set();
  let error = null;
  // A sleep that POST /executions/:id/cancel cuts short.
  const sleep = (ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      control.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  while (done.size < nodes.length && !error && !control.cancelled) {
    const ready = nodes.filter(
      (n) => !done.has(n.id) && incoming.get(n.id).every((c) => done.has(c.from.node)),
    );
    if (ready.length === 0) break;
    for (const node of ready) {
      const def = defs.get(node.type);
      const conns = incoming.get(node.id);
      let items = [];
      for (const c of conns) items.push(...(outputs.get(c.from.node)?.[c.from.port ?? 'main'] ?? []));
      const isTrigger = conns.length === 0 && (def?.inputs?.length ?? 0) === 0;
      if (isTrigger) items = inputItems?.length ? inputItems : [{ json: {} }];
      const skipped = !isTrigger && conns.length > 0 && items.length === 0;
      emit({
        type: 'stepStarted',
        nodeId: node.id,
        step: { nodeId: node.id, name: node.name, status: 'running' },
      });
      await sleep(stepDelayMs);
      if (control.cancelled) break;
      const started = performance.now();
      const step = {
        nodeId: node.id,
        name: node.name,
        status: 'success',
        itemsIn: items.length,
        input: items,
        output: {},
        itemsOut: {},
      };
      try {
        const pinned = workflow.pinData?.[node.id];
        const ctxBase = { outputsByName, runId, workflowId, workflowName: workflow.name };
        const holds = dryRun && !skipped && !node.disabled && !pinned && writes(def, node);
        if (node.type === 'core.wait' && !skipped && !node.disabled && !pinned) {
          await wait(node, { sleep, control, onStatus, emit });
          if (control.cancelled) break;
        }
        const out = skipped
          ? {}
          : node.disabled
            ? { main: items }
            : pinned
              ? { main: pinned }
              : holds
                ? dryRunOutput(node, def, items, ctxBase)
                : runNode(node, def, items, ctxBase);
        if (holds) step.dryRun = true;
        if (skipped) step.status = 'skipped';
        step.output = out;
        step.itemsOut = Object.fromEntries(Object.entries(out).map(([p, list]) => [p, list.length]));
        outputs.set(node.id, out);
        outputsByName[node.name] = Object.values(out).flat();
      } catch (e) {
        step.status = 'failed';
        step.error = { message: `${node.name}: ${e.message}` };
        error = { message: step.error.message, nodeId: node.id };
      }
      step.durationMs = Math.round((performance.now() - started) * 100) / 100;
      steps.push(step);
      done.add(node.id);
      emit({ type: 'stepFinished', nodeId: node.id, step });
      if (error) break;
    }
  }
  // A cancelled run's end was announced by the cancel route.
  if (control.cancelled) return { status: 'cancelled', steps, error: { message: 'the run was cancelled' } };
  const status = error ? 'failed' : 'success';
  emit({ type: 'runFinished', status, error });
  return { status, steps, error };
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Like the engine's effectOf: write and send nodes, and HTTP Request with a writing method. */
function writes(def, node) {
  if (!def || def.effect === 'read') return false;
  if (def.effect !== 'dynamic') return true;
  return !READ_METHODS.has(String(node.parameters?.method ?? 'GET').toUpperCase());
}

/** What a write or send node returns in a dry run: the item and what it would have sent. */
function dryRunOutput(node, def, items, ctxBase) {
  const port = def?.outputs?.[0] ?? 'main';
  return {
    [port]: (items.length ? items : [{ json: {} }]).map((item, itemIndex) => ({
      json: {
        ...item.json,
        dryRun: {
          node: node.name,
          wouldSend: resolveParameters(node.parameters ?? {}, { ...ctxBase, item, itemIndex, items }),
        },
      },
    })),
  };
}

const UNIT_MS = { seconds: 1000, minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 604_800_000 };

/**
 * The Wait node "for a time": up to 5 s it sleeps in the run; longer, the run shows as waiting
 * (run-finished with status waiting, as the server says) until the time is up or it is cancelled.
 */
async function wait(node, { sleep, control, onStatus, emit }) {
  const p = node.parameters ?? {};
  if ((p.mode ?? 'duration') !== 'duration') return;
  const ms = Number(p.amount ?? 1) * (UNIT_MS[p.unit ?? 'hours'] ?? UNIT_MS.hours);
  if (ms <= 5000) return sleep(ms);
  const waitUntil = new Date(Date.now() + ms).toISOString();
  onStatus('waiting', waitUntil);
  emit({ type: 'runFinished', status: 'waiting', waitUntil });
  await sleep(ms);
  if (!control.cancelled) onStatus('running');
}
