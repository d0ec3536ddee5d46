import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { NodePackage, Sandbox } from '@ainow/engine/cli';
import { NodeRegistry, type AnyNodeDefinition, type CredentialType } from '@ainow/engine/sdk';
import { builtInCredentials, builtInNodes, startSimulators } from '@ainow/nodes';

/**
 * Loads node plugin packages (DESIGN.md section 6): npm packages whose package.json has
 * `"ainow": { "nodes": "<module path>" }`; that module exports `nodes` and `credentials` arrays.
 * The server's registry is the built-in nodes plus every package named in AINOW_NODE_PACKAGES
 * (comma-separated names, or paths to package folders), resolved from the working directory.
 *
 * @example
 * const { registry, loaded, packages } = loadNodeRegistry('ainow-plugin-acme, ./plugins/local');
 * const sandbox = await startSandboxes(packages); // every package's simulators
 */
export interface LoadedPlugin {
  name: string;
  version: string;
  nodes: number;
  credentials: number;
}

export function loadNodeRegistry(
  packages: string,
  from: string = process.cwd(),
): { registry: NodeRegistry; loaded: LoadedPlugin[]; packages: NodePackage[] } {
  const builtIn = builtInPackage();
  const registry = new NodeRegistry();
  for (const node of builtIn.nodes) registry.add(node);
  for (const credential of builtIn.credentials) registry.addCredential(credential);
  const loaded: LoadedPlugin[] = [];
  const all: NodePackage[] = [builtIn];
  for (const spec of packages
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (spec === '@ainow/nodes') continue;
    const plugin = loadPlugin(spec, from, registry);
    loaded.push(plugin.info);
    all.push(plugin.pkg);
  }
  return { registry, loaded, packages: all };
}

/** `@ainow/nodes` as a node package: built-in nodes, credential types and the vendor simulators. */
export function builtInPackage(): NodePackage {
  return {
    name: '@ainow/nodes',
    nodes: builtInNodes(),
    credentials: builtInCredentials(),
    startSandbox: async (): Promise<Sandbox> => {
      const running = await startSimulators(0);
      return { baseUrls: running.baseUrls, credentials: running.credentials, stop: running.stop };
    },
  };
}

function loadPlugin(
  spec: string,
  from: string,
  registry: NodeRegistry,
): { info: LoadedPlugin; pkg: NodePackage } {
  const manifestPath = resolveManifest(spec, from);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    name?: string;
    version?: string;
    ainow?: { nodes?: unknown };
  };
  const entry = manifest.ainow?.nodes;
  if (typeof entry !== 'string') {
    throw new Error(
      `AINOW_NODE_PACKAGES: '${spec}' is not an AI-Now node package; its package.json needs "ainow": { "nodes": "./dist/index.js" }`,
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(resolve(dirname(manifestPath), entry)) as {
    nodes?: unknown;
    credentials?: unknown;
    startSandbox?: unknown;
  };
  if (!Array.isArray(mod.nodes))
    throw new Error(`AINOW_NODE_PACKAGES: '${spec}' (${entry}) must export a 'nodes' array`);
  const credentials = Array.isArray(mod.credentials) ? (mod.credentials as CredentialType[]) : [];
  for (const node of mod.nodes as AnyNodeDefinition[]) {
    try {
      registry.add(node);
    } catch (error) {
      throw new Error(`AINOW_NODE_PACKAGES: '${spec}': ${(error as Error).message}`);
    }
  }
  for (const credential of credentials) registry.addCredential(credential);
  const name = manifest.name ?? spec;
  const startSandbox =
    typeof mod.startSandbox === 'function' ? (mod.startSandbox as () => Promise<Sandbox>) : undefined;
  return {
    info: {
      name,
      version: manifest.version ?? '0.0.0',
      nodes: mod.nodes.length,
      credentials: credentials.length,
    },
    pkg: { name, nodes: mod.nodes as AnyNodeDefinition[], credentials, startSandbox },
  };
}

function resolveManifest(spec: string, from: string): string {
  const isPath = spec.startsWith('.') || spec.startsWith('/');
  try {
    return isPath
      ? require.resolve(resolve(from, spec, 'package.json'))
      : require.resolve(`${spec}/package.json`, { paths: [from, __dirname] });
  } catch {
    throw new Error(
      `AINOW_NODE_PACKAGES: package '${spec}' is not installed; run "npm install ${spec}" where the server runs`,
    );
  }
}
