import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The plugin as AI-Now loads it from configuration: the built `ainow` CLI with
 * AINOW_NODE_PACKAGES=ainow-plugin-acme finds the package through its "ainow" key, and
 * `--sandbox` starts the package's own Acme simulator.
 */
const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'engine', 'dist', 'cli', 'main.js');
const workflow = 'examples/plugin-acme/example.workflow.json';

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function ainow(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: root, env: { ...process.env, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(() => {
  const missing = [cli, join(__dirname, '..', 'dist', 'plugin.js')].filter((f) => !existsSync(f));
  if (missing.length)
    throw new Error(`${missing.join(' and ')} missing: run \`npm run build\` first (CI builds before tests)`);
});

describe('ainow-plugin-acme loaded by the CLI', () => {
  const plugin = { AINOW_NODE_PACKAGES: 'ainow-plugin-acme' };

  it('validates the example workflow only when the package is configured', async () => {
    expect(await ainow(['validate', workflow], plugin)).toMatchObject({ code: 0 });
    const without = await ainow(['validate', workflow], { AINOW_NODE_PACKAGES: '' });
    expect(without.code).toBe(2);
    expect(without.stderr).toContain("uses type 'acme.createTicket', which is not installed");
  });

  it('runs the example with --sandbox against the package’s own simulator', async () => {
    const result = await ainow(['run', workflow, '--sandbox'], plugin);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const doc = JSON.parse(result.stdout) as {
      status: string;
      steps: Array<{ nodeId: string; itemsOut: Record<string, number> }>;
      outputs: Record<string, { main: Array<{ json: Record<string, unknown> }> }>;
    };
    expect(doc.status).toBe('success');
    expect(doc.steps.find((s) => s.nodeId === 'ticket')?.itemsOut).toEqual({ main: 2 });
    expect(doc.outputs.ticket.main.map((i) => i.json)).toEqual([
      expect.objectContaining({
        id: 'tkt_1001',
        priority: 'urgent',
        description: expect.stringMatching(/^Hi Ada, we could not charge 1200 USD/),
      }),
      expect.objectContaining({ id: 'tkt_1002', priority: 'high', requesterEmail: 'alan@globex.com' }),
    ]);
  });

  it('names a configured package that is not installed', async () => {
    const result = await ainow(['run', workflow, '--sandbox'], {
      AINOW_NODE_PACKAGES: 'ainow-plugin-missing',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("node package 'ainow-plugin-missing' is not installed");
  });
});
