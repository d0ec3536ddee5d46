/**
 * `@ainow/nodes`: the built-in node library. `builtInNodes()` lists every node declaration;
 * `builtInCredentials()` every credential type; `createBuiltInRegistry()` both in a registry.
 */
import { NodeRegistry, type AnyNodeDefinition, type CredentialType } from '@ainow/engine/sdk';
import { coreCredentials, coreNodes } from './core';
import { aiCredentials, aiNodes } from './vendors/group-ai';
import { groupACredentials, groupANodes } from './vendors/group-a';
import { groupBCredentials, groupBNodes } from './vendors/group-b';

/** Helpers the server needs around core triggers (webhook answers, schedules). */
export { buildWebhookResponse, nextRuns, validateSchedule, type WebhookResponse } from './core';
/** Every vendor simulator as one sandbox (the server's sandbox runs; `./plugin` wraps it for the CLI). */
export { startSimulators, type RunningSimulators } from './sandbox';

export function builtInNodes(): AnyNodeDefinition[] {
  return [...coreNodes, ...groupANodes, ...groupBNodes, ...aiNodes];
}

export function builtInCredentials(): CredentialType[] {
  return [...coreCredentials, ...groupACredentials, ...groupBCredentials, ...aiCredentials];
}

export function createBuiltInRegistry(): NodeRegistry {
  const registry = new NodeRegistry();
  for (const node of builtInNodes()) registry.add(node);
  for (const credential of builtInCredentials()) registry.addCredential(credential);
  return registry;
}
