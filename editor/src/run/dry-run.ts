import type { NodeDescription, WorkflowNode } from '@ainow/engine/workflow';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a node calls nobody in a dry run: its effect is `write` or `send`, or `dynamic` and
 * writing for these parameters. The engine decides `dynamic` with the node's own function, which
 * the catalog cannot carry; the one dynamic node, HTTP Request, reads for GET, HEAD and OPTIONS.
 *
 * @example
 * holdsInDryRun({ effect: 'send' } as NodeDescription, node); // true
 */
export function holdsInDryRun(
  desc: Pick<NodeDescription, 'effect'> | undefined,
  node: WorkflowNode,
): boolean {
  if (!desc || node.disabled) return false;
  if (desc.effect === 'write' || desc.effect === 'send') return true;
  if (desc.effect !== 'dynamic') return false;
  // HTTP Request's own rule (nodes/src/core/http-request); an expression counts as writing.
  return !READ_METHODS.has(String(node.parameters.method ?? 'GET').toUpperCase());
}
