import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs the BUILT `ainow` command line as a real process from the repository root, the way CI and
 * a template user run it (`node server/dist/cli/main.js ...`, the `ainow` bin).
 *
 * @example
 * const { code, stdout } = await ainow(['run', 'examples/hello.workflow.json', '--sandbox']);
 */
export const ROOT = join(__dirname, '..', '..', '..');
export const CLI = join(ROOT, 'server', 'dist', 'cli', 'main.js');
const BUILT = [CLI, join(ROOT, 'nodes', 'dist', 'plugin.js')];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The document `ainow run` prints (DESIGN.md section 9). */
export interface RunDocument {
  runId: string;
  status: 'success' | 'failed' | 'waiting' | 'cancelled';
  steps: Array<{
    nodeId: string;
    name: string;
    status: string;
    itemsIn: number;
    itemsOut: Record<string, number>;
    error?: string;
  }>;
  outputs: Record<string, Record<string, Array<{ json: Record<string, unknown> }>>>;
  error: { message: string; nodeId?: string } | null;
  waitUntil?: string;
}

/** Throws a message saying what to do when the CLI or the node library has not been built. */
export function assertBuilt(): void {
  const missing = BUILT.filter((file) => !existsSync(file));
  if (missing.length) {
    throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first (CI builds before it tests)`);
  }
}

export function ainow(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 45_000, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      },
    );
  });
}

/** Runs `work` over `inputs` with at most `limit` at a time, keeping the order of the results. */
export async function mapLimited<T, R>(
  inputs: T[],
  limit: number,
  work: (input: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  const lane = async () => {
    while (next < inputs.length) {
      const i = next++;
      results[i] = await work(inputs[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, lane));
  return results;
}
