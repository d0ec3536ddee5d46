import type { AnyNodeDefinition } from '../../sdk/node-definition';
import type { Connection, Workflow, WorkflowNode } from '../workflow.schema';
import { formatJsonPath } from '../json-path';
import type { NodeRegistryLike } from './node-registry-like';
import type { Problem } from './problem';

/**
 * What each validation check reads. The workflow may be partial: when the document's shape is
 * wrong, nodes and connections that parse on their own are still checked, and `pathOf` keeps
 * pointing at their place in the original document.
 */
export interface CheckContext {
  workflow: Workflow;
  registry?: NodeRegistryLike;
  /** Nodes by id (the first one, when ids repeat). */
  nodesById: ReadonlyMap<string, WorkflowNode>;
  /** The node's definition, or undefined when there is no registry or the type is unknown. */
  definitionOf(node: WorkflowNode): AnyNodeDefinition | undefined;
  /** JSON path of a node or a connection, with more keys appended. */
  pathOf(entry: WorkflowNode | Connection, ...keys: PropertyKey[]): string;
}

/** A check: one kind of problem, reported for every place it occurs. */
export type WorkflowCheck = (ctx: CheckContext) => Problem[];

export function createCheckContext(
  workflow: Workflow,
  registry: NodeRegistryLike | undefined,
  indexOf: ReadonlyMap<object, number>,
): CheckContext {
  const nodesById = new Map<string, WorkflowNode>();
  for (const node of workflow.nodes) if (!nodesById.has(node.id)) nodesById.set(node.id, node);
  return {
    workflow,
    registry,
    nodesById,
    definitionOf: (node) => registry?.get(node.type, node.version),
    pathOf(entry, ...keys) {
      const list = 'from' in entry && 'to' in entry ? 'connections' : 'nodes';
      return formatJsonPath([list, indexOf.get(entry) ?? -1, ...keys]);
    },
  };
}
