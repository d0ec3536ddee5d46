/**
 * Thrown when a change cannot apply to the workflow it is given (a node that is not there, a
 * name already in use). The editor shows `message`; `code` is stable.
 *
 * @example
 * try { applyChange(workflow, change); } catch (e) { if (e instanceof WorkflowChangeError) toast(e.message); }
 */
export class WorkflowChangeError extends Error {
  constructor(
    readonly code: 'node-not-found' | 'duplicate-node-id' | 'duplicate-node-name' | 'invalid-change',
    message: string,
  ) {
    super(message);
    this.name = 'WorkflowChangeError';
  }
}

/** The node with this id, or a `node-not-found` error naming the change. */
export function requireNode<N extends { id: string }>(
  nodes: ReadonlyArray<N>,
  nodeId: string,
  change: string,
): N {
  const node = nodes.find((candidate) => candidate.id === nodeId);
  if (!node) throw new WorkflowChangeError('node-not-found', `${change}: no node has id '${nodeId}'`);
  return node;
}
