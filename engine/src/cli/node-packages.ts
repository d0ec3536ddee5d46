import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NodeRegistry } from '../sdk/node-registry';
import type { AnyNodeDefinition } from '../sdk/node-definition';
import type { CredentialType, CredentialValues } from '../sdk/credential-type';
import type { CliIo } from './cli-io';

/**
 * Node packages: any npm package whose package.json has `"ainow": { "nodes": "./dist/plugin.js" }`
 * and a peer dependency on `@ainow/engine` (DESIGN.md section 6). The module it names exports
 * `nodes` and `credentials`, and may add CLI `commands` and a `startSandbox` for `--sandbox` runs.
 *
 * @example
 * // package.json of a plugin: { "name": "ainow-plugin-acme", "ainow": { "nodes": "./dist/plugin.js" } }
 * const packages = loadNodePackages(['@ainow/nodes', 'ainow-plugin-acme']);
 */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;

/** Simulators standing in for vendors: base URL per simulator key, credential values per credential type. */
export interface Sandbox {
  baseUrls: Record<string, string>;
  credentials: Record<string, CredentialValues>;
  stop(): Promise<void>;
}

export interface NodePackage {
  name: string;
  nodes: AnyNodeDefinition[];
  credentials: CredentialType[];
  commands?: Record<string, { describe: string; run: CliCommand }>;
  startSandbox?: () => Promise<Sandbox>;
}

/** The packages named by AINOW_NODE_PACKAGES (comma-separated), after the built-in `@ainow/nodes`. */
export function nodePackageNames(env: NodeJS.ProcessEnv = process.env): string[] {
  const extra = (env.AINOW_NODE_PACKAGES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return ['@ainow/nodes', ...extra.filter((name) => name !== '@ainow/nodes')];
}

export function loadNodePackage(name: string, from: string = process.cwd()): NodePackage {
  let manifestPath: string;
  try {
    manifestPath = require.resolve(`${name}/package.json`, { paths: [from, __dirname] });
  } catch {
    throw new Error(`node package '${name}' is not installed; run npm install ${name}`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { ainow?: { nodes?: string } };
  const entry = manifest.ainow?.nodes;
  if (!entry)
    throw new Error(
      `package '${name}' is not an AI-Now node package: its package.json has no "ainow": { "nodes": ... } key`,
    );
  // A plugin is found at run time by name, so it cannot be a static import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(join(dirname(manifestPath), entry)) as Partial<NodePackage>;
  if (!Array.isArray(loaded.nodes))
    throw new Error(`package '${name}': ${entry} must export a 'nodes' array`);
  return {
    name,
    nodes: loaded.nodes,
    credentials: loaded.credentials ?? [],
    commands: loaded.commands,
    startSandbox: loaded.startSandbox,
  };
}

export function loadNodePackages(names: string[] = nodePackageNames()): NodePackage[] {
  return names.map((name) => loadNodePackage(name));
}

export function registryOf(packages: NodePackage[]): NodeRegistry {
  const registry = new NodeRegistry();
  for (const pkg of packages) {
    for (const node of pkg.nodes) registry.add(node);
    for (const credential of pkg.credentials) registry.addCredential(credential);
  }
  return registry;
}
