import type { AnyNodeDefinition } from '../../sdk/node-definition';

/**
 * What validation needs from a node registry: the SDK's `NodeRegistry` fits, and so does any
 * object that can look definitions up (a plugin loader, a test double).
 *
 * @example
 * validateWorkflow(doc, new NodeRegistry().add(verifyEmail));
 */
export interface NodeRegistryLike {
  get(type: string, version: number): AnyNodeDefinition | undefined;
  versionsOf(type: string): number[];
}
