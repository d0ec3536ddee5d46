// Starts the API + editor for the end-to-end tests and the benchmark:
// - AINOW_E2E_BASE_URL set: use that running server as is;
// - AINOW_E2E_SERVER_CMD set: run that shell command (with PORT and AINOW_DATA_DIR in its environment);
// - otherwise the development mock (editor/mock-server) serving editor/dist.
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(here, '../..');

/**
 * `ainow start` of the real server: the built one (server/dist) when there is one, else from its
 * TypeScript sources through the server tests' SWC register hook.
 */
function realServerCommand() {
  const built = path.join(repo, 'server/dist/cli/main.js');
  const node = `"${process.execPath}"`;
  return existsSync(built)
    ? `cd "${repo}" && exec ${node} "${built}" start`
    : `cd "${repo}" && exec ${node} -r ./server/test/support/ts-register.cjs server/src/cli/main.ts start`;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer ${url} within ${ms} ms`);
}

/** Returns { baseUrl, kind, stop() }. `owner` pre-creates the owner (mock only). */
export async function startServer({ owner } = {}) {
  if (process.env.AINOW_E2E_BASE_URL)
    return {
      baseUrl: process.env.AINOW_E2E_BASE_URL.replace(/\/$/, ''),
      kind: 'external',
      stop: async () => undefined,
    };
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ainow-e2e-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    AINOW_DATA_DIR: dataDir,
    AINOW_EDITOR_DIR: path.join(repo, 'editor/dist'),
    AINOW_LOG_LEVEL: process.env.AINOW_LOG_LEVEL ?? 'warn',
  };
  const real =
    process.env.AINOW_E2E_SERVER_CMD ??
    (process.env.AINOW_E2E_SERVER === 'real' ? realServerCommand() : undefined);
  const args = real
    ? ['-c', real]
    : [
        '-c',
        `exec "${process.execPath}" "${path.join(here, '../mock-server/main.mjs')}" --port ${port}${owner ? ` --owner '${owner.email}:${owner.password}'` : ''}`,
      ];
  const child = spawn('/bin/sh', args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  try {
    await waitFor(`http://127.0.0.1:${port}/api/v1/setup`, 60_000);
  } catch (e) {
    try {
      process.kill(-child.pid);
    } catch {
      /* gone */
    }
    throw new Error(`${e.message}\n${log}`);
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    kind: real ? 'real' : 'mock',
    log: () => log,
    stop: async () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}
