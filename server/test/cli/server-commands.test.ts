import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '../../..');

/** Runs `ainow <args>` from the server's sources and returns what it printed. */
function ainow(
  args: string[],
  env: Record<string, string>,
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['-r', join(__dirname, '../support/ts-register.cjs'), join(ROOT, 'server/src/cli/main.ts'), ...args],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '/tmp',
        AINOW_LOG_LEVEL: 'silent',
        ...env,
      },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('ainow server commands', () => {
  const env = {
    AINOW_DATA_DIR: mkdtempSync(join(tmpdir(), 'ainow-cli-')),
    AINOW_ENCRYPTION_KEY: '44'.repeat(32),
  };

  it('migrates, imports and exports workflows', () => {
    const migrated = ainow(['migrate'], env);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(/applied \d+ migration/);
    expect(ainow(['migrate'], env).stdout).toContain('up to date');

    const imported = ainow(['import', join(ROOT, 'examples/hello.workflow.json')], env);
    expect(imported.code).toBe(0);
    const [id, name] = imported.stdout.trim().split('\t');
    expect(name).toMatch(/^Hello/);

    const exported = ainow(['export'], env);
    expect(exported.code).toBe(0);
    const docs = JSON.parse(exported.stdout) as Array<{ id: string; nodes: unknown[] }>;
    expect(docs.map((d) => d.id)).toEqual([id]);
    expect(docs[0].nodes.length).toBeGreaterThan(2);
  });

  it.each([
    ['a wrong variable', ['start'], { PORT: 'eighty' }, 2, /PORT="eighty": use a whole number/],
    ['a worker without Redis', ['worker'], {}, 1, /ainow worker needs REDIS_URL/],
    [
      'an import of an invalid file',
      ['import', join(ROOT, 'package.json')],
      {},
      1,
      /invalid_workflow|problem/,
    ],
  ])('stops with a clear message on %s', (_label, args, extra, code, message) => {
    const result = ainow(args, { ...env, ...extra });
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });

  it('hands run and validate to the engine’s command line', () => {
    const result = ainow(['validate', join(ROOT, 'examples/hello.workflow.json')], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('is a valid workflow');
  });
});
