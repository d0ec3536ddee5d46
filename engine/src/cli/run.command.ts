import { resolve as resolvePath } from 'node:path';
import { toItems, type Item } from '../workflow/item';
import { validateWorkflow } from '../workflow/validation/validate-workflow';
import type { Workflow } from '../workflow/workflow.schema';
import { createRuntime } from '../runtime/create-runtime';
import { createEngineDefaults } from '../runtime/engine-defaults';
import { MemoryEffectLedger } from '../runtime/adapters/memory-effect-ledger.adapter';
import { MemoryRateLimiter } from '../runtime/adapters/memory-rate-limiter.adapter';
import type { RunResult } from '../runtime/run-options';
import type { CredentialResolver } from '../runtime/ports/credential-resolver.port';
import type { CliIo } from './cli-io';
import { readJsonFile } from './read-json-file';
import { registryOf, type NodePackage, type Sandbox } from './node-packages';
import { sandboxCredentials } from './sandbox-credentials';
import { fileCredentials } from './file-credentials';
import { parseArgs } from './parse-args';
import { printProblems } from './print-problems';

/**
 * `ainow run FILE [--input FILE] [--dry-run] [--sandbox] [--credentials FILE]`: runs a workflow
 * file with no server and prints one JSON document (DESIGN.md section 9). Exit 0 on success
 * (or waiting), 1 when the run failed, 2 when the file is invalid.
 */
export async function runCommand(argv: string[], io: CliIo, packages: NodePackage[]): Promise<number> {
  const args = parseArgs(argv, { flags: ['dry-run', 'sandbox'], options: ['input', 'credentials'] });
  const file = args.positional[0];
  if (!file) {
    io.stderr.write('usage: ainow run FILE [--input FILE] [--dry-run] [--sandbox] [--credentials FILE]\n');
    return 2;
  }
  const registry = registryOf(packages);
  let workflow: Workflow;
  let triggerItems: Item[] | undefined;
  try {
    const result = validateWorkflow(readJsonFile(file, 'workflow file'), registry);
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (errors.length || !result.workflow) {
      printProblems(io, file, errors);
      return 2;
    }
    workflow = result.workflow;
    if (args.options.input) {
      const input = readJsonFile(args.options.input, 'input file');
      if (!Array.isArray(input))
        throw new Error(`input file ${args.options.input} must hold a JSON array of items or objects`);
      triggerItems = toItems(input);
    }
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }

  let sandbox: Sandbox | undefined;
  let credentials: CredentialResolver | undefined;
  const defaults = createEngineDefaults();
  try {
    if (args.flags.sandbox) {
      sandbox = await startSandboxes(packages);
      credentials = sandboxCredentials(registry, sandbox);
    } else if (args.options.credentials) credentials = fileCredentials(args.options.credentials);
    const runtime = createRuntime({
      registry,
      ...defaults,
      credentials,
      ledger: new MemoryEffectLedger(),
      rateLimiter: new MemoryRateLimiter(),
      workflows: { load: async (ref) => loadChild(ref, file, registry) },
    });
    const result = await runtime.run(workflow, {
      mode: 'cli',
      triggerItems,
      dryRun: args.flags['dry-run'],
      allowPrivateNetworks: args.flags.sandbox ? true : undefined,
    });
    io.stdout.write(JSON.stringify(runDocument(result)) + '\n');
    return result.status === 'failed' || result.status === 'cancelled' ? 1 : 0;
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 1;
  } finally {
    defaults.dispose();
    await sandbox?.stop();
  }
}

async function loadChild(
  ref: { workflowId?: string; file?: string },
  parentFile: string,
  registry: ReturnType<typeof registryOf>,
): Promise<Workflow> {
  if (!ref.file) throw new Error('without a server, Execute Workflow needs a file path (parameter "file")');
  const path = resolvePath(parentFile, '..', ref.file);
  const result = validateWorkflow(readJsonFile(path, 'sub-workflow file'), registry);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length || !result.workflow)
    throw new Error(
      `sub-workflow ${path} is invalid: ${errors.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  return result.workflow;
}

/** Starts the simulators of every package that has them, as one sandbox. */
export async function startSandboxes(packages: NodePackage[]): Promise<Sandbox> {
  const started = await Promise.all(packages.filter((p) => p.startSandbox).map((p) => p.startSandbox!()));
  return {
    baseUrls: Object.assign({}, ...started.map((s) => s.baseUrls)),
    credentials: Object.assign({}, ...started.map((s) => s.credentials)),
    stop: async () => {
      await Promise.all(started.map((s) => s.stop()));
    },
  };
}

/** The document `ainow run` prints and `POST /workflows/:id/run?wait=true` answers. */
export function runDocument(result: RunResult) {
  const strip = (items: Item[]) =>
    items.map(({ json, binary, error }) => (binary || error ? { json, binary, error } : { json }));
  return {
    runId: result.runId,
    status: result.status,
    steps: result.steps.map((s) => ({
      nodeId: s.nodeId,
      name: s.nodeName,
      status: s.status,
      itemsIn: s.itemsIn,
      itemsOut: s.itemsOut,
      durationMs: s.durationMs,
      ...(s.error ? { error: s.error.message } : {}),
    })),
    outputs: Object.fromEntries(
      Object.entries(result.outputs).map(([id, ports]) => [
        id,
        Object.fromEntries(Object.entries(ports).map(([p, items]) => [p, strip(items)])),
      ]),
    ),
    error: result.error ? { message: result.error.message, nodeId: result.error.nodeId } : null,
    ...(result.waitUntil ? { waitUntil: result.waitUntil } : {}),
    ...(result.usage ? { usage: result.usage } : {}),
  };
}
