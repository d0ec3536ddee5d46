// Webhook → Set → Respond to Webhook through the whole server, every run saved; load from
// autocannon on this machine. Prints one JSON document.
//
//   node bench/server-webhook.mjs                 embedded default (SQLite, in-process queue)
//   node bench/server-webhook.mjs --mode queue    PostgreSQL + Redis, API process + 2 worker processes
//   options: --duration S (default 10), --connections 10,50, --rate N (fixed requests/s in total)
//   env: BENCH_NODE_ARGS="--cpu-prof" (profiles), BENCH_KEEP=1 (keep the database and Redis keys)
//
// Runs the built server (server/dist) when it exists, else its sources through the test loader.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const mode = arg('mode', 'embedded');
const duration = Number(arg('duration', '10'));
const connectionsList = arg('connections', '10,50').split(',').map(Number);
const rate = arg('rate') ? Number(arg('rate')) : undefined; // fixed requests/s (compare CPU per run)
const port = 3900 + Math.floor(Math.random() * 90);
const id = `bench${process.pid}`;
const owner = { email: 'bench@example.com', password: 'bench-password' };

const built = join(root, 'server/dist/cli/main.js');
const command = existsSync(built)
  ? [built]
  : ['-r', join(root, 'server/test/support/ts-register.cjs'), join(root, 'server/src/cli/main.ts')];
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME ?? '/tmp',
  PORT: String(port),
  HOST: '127.0.0.1',
  AINOW_DATA_DIR: mkdtempSync(join(tmpdir(), 'ainow-bench-')),
  AINOW_LOG_LEVEL: 'warn',
  AINOW_OWNER_EMAIL: owner.email,
  AINOW_OWNER_PASSWORD: owner.password,
  AINOW_ENCRYPTION_KEY: '33'.repeat(32),
  AINOW_EXECUTIONS_MAX_COUNT: '0',
  AINOW_EXECUTIONS_MAX_AGE_DAYS: '0',
};
if (mode === 'queue') {
  Object.assign(env, {
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    AINOW_DATABASE_SCHEMA: id,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    AINOW_QUEUE_PREFIX: id,
  });
}

const children = [];
function start(args, ready) {
  return new Promise((resolve, reject) => {
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean); // e.g. --cpu-prof
    const child = spawn(process.execPath, [...nodeArgs, ...command, ...args], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`ainow ${args.join(' ')} did not start:\n${out}`)),
      90_000,
    );
    const onData = (d) => {
      out += d;
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`ainow ${args.join(' ')} exited (${code}):\n${out}`)));
  });
}

const base = `http://127.0.0.1:${port}`;
async function call(method, path, body, cookie) {
  const res = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: body && JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return { json: text ? JSON.parse(text) : undefined, headers: res.headers };
}

function load(connections, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${base}/webhook/bench`,
        method: 'POST',
        connections,
        duration: seconds,
        ...(rate ? { overallRate: rate } : {}),
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'ada@example.com', name: 'Ada' }),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

// CPU time per run of each process taking part (Linux /proc): on a shared machine the runs per
// second depend on what else runs; CPU milliseconds per run do not, much.
const TICK_MS = 10; // USER_HZ 100
function cpuTicks(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return 0;
  }
}
function cpuSnapshot() {
  const snapshot = { api: 0, workers: 0, postgres: 0, redis: 0 };
  if (!existsSync('/proc/self/stat')) return snapshot;
  children.forEach((child, i) => {
    snapshot[i === 0 ? 'api' : 'workers'] += cpuTicks(child.pid);
  });
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let comm = '';
    try {
      comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    } catch {
      continue;
    }
    if (comm === 'postgres') snapshot.postgres += cpuTicks(pid);
    else if (comm === 'redis-server') snapshot.redis += cpuTicks(pid);
  }
  return snapshot;
}
function cpuPerRun(before, after, runs) {
  const out = {};
  for (const key of Object.keys(before)) {
    if (key === 'redis' && mode !== 'queue') continue;
    if ((key === 'workers' || key === 'postgres') && mode !== 'queue') continue;
    out[key] = Math.round(((after[key] - before[key]) * TICK_MS * 1000) / Math.max(1, runs)) / 1000;
  }
  return out;
}

/** Queue mode leaves nothing behind: the run's PostgreSQL schema and its Redis keys. */
async function dropQueueState() {
  const { Client } = require('pg');
  const pg = new Client({ connectionString: env.DATABASE_URL });
  await pg.connect();
  await pg.query(`DROP SCHEMA IF EXISTS "${id}" CASCADE`);
  await pg.end();
  const { Redis } = require('ioredis');
  const redis = new Redis(env.REDIS_URL);
  const keys = await redis.keys(`${id}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
}

const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

try {
  await start(mode === 'queue' ? ['start', '--no-worker'] : ['start'], /is running on/);
  if (mode === 'queue')
    for (let i = 0; i < 2; i++) await start(['worker', '--concurrency', '25'], /processing runs/);
  const login = await call('POST', '/api/v1/auth/login', owner);
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const workflow = {
    schemaVersion: 1,
    name: 'Bench: webhook → set → respond',
    nodes: [
      {
        id: 'hook',
        name: 'Hook',
        type: 'core.webhook',
        version: 1,
        position: { x: 0, y: 0 },
        parameters: { path: 'bench', method: 'POST', responseMode: 'respondNode' },
      },
      {
        id: 'set',
        name: 'Shape',
        type: 'core.set',
        version: 1,
        position: { x: 200, y: 0 },
        parameters: {
          fields: [
            { name: 'email', value: '{{ $json.body.email }}' },
            { name: 'greeting', value: 'Hi {{ $json.body.name }}' },
          ],
          keepOnlySet: true,
        },
      },
      {
        id: 'respond',
        name: 'Answer',
        type: 'core.respondToWebhook',
        version: 1,
        position: { x: 400, y: 0 },
        parameters: { respondWith: 'firstItem', status: 200 },
      },
    ],
    connections: [
      { from: { node: 'hook', port: 'main' }, to: { node: 'set', port: 'main' } },
      { from: { node: 'set', port: 'main' }, to: { node: 'respond', port: 'main' } },
    ],
  };
  const { json: saved } = await call('POST', '/api/v1/workflows', workflow, cookie);
  await call('POST', `/api/v1/workflows/${saved.id}/activate`, undefined, cookie);
  await load(10, 2); // warm-up
  const results = [];
  for (const connections of connectionsList) {
    const before = cpuSnapshot();
    const r = await load(connections, duration);
    const cpuMsPerRun = cpuPerRun(before, cpuSnapshot(), r.requests.total);
    results.push({
      connections,
      requests: r.requests.total,
      runsPerSecond: Math.round(r.requests.average),
      latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      cpuMsPerRun,
    });
  }
  // Per-step orchestration overhead: run time not spent inside nodes, per step, over 100 runs sent
  // one after another (so that queueing under load is not counted).
  const since = new Date().toISOString();
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${base}/webhook/bench`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":"ada@example.com","name":"Ada"}',
    });
    await res.text();
  }
  const { json: page } = await call(
    'GET',
    `/api/v1/executions?workflowId=${saved.id}&limit=100&from=${since}`,
    undefined,
    cookie,
  );
  const overheads = [];
  for (const row of page.data) {
    const { json: run } = await call('GET', `/api/v1/executions/${row.id}?items=0`, undefined, cookie);
    if (!run.startedAt || !run.finishedAt || !run.steps.length) continue;
    const total = Date.parse(run.finishedAt) - Date.parse(run.startedAt);
    const inNodes = run.steps.reduce((n, s) => n + s.durationMs, 0);
    overheads.push(Math.max(0, total - inNodes) / run.steps.length);
  }
  console.log(
    JSON.stringify(
      {
        bench: 'server-webhook',
        mode,
        database: mode === 'queue' ? 'postgres' : 'sqlite',
        queue: mode === 'queue' ? 'bullmq (2 worker processes)' : 'in-process',
        durationSeconds: duration,
        results,
        perStepOverheadMs: { median: median(overheads), sampledRuns: overheads.length },
        savedRuns: page.data.length > 0,
      },
      null,
      2,
    ),
  );
} finally {
  for (const child of children) child.kill(process.env.BENCH_NODE_ARGS ? 'SIGINT' : 'SIGTERM');
  await Promise.all(
    children.map(
      (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : child.on('exit', resolve))),
    ),
  );
  if (process.env.BENCH_KEEP) console.error(`kept: ${env.AINOW_DATA_DIR}, schema and prefix ${id}`);
  else {
    rmSync(env.AINOW_DATA_DIR, { recursive: true, force: true });
    if (mode === 'queue') await dropQueueState().catch(() => undefined);
  }
}
