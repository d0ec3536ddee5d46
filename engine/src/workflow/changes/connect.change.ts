import type { Workflow } from '../workflow.schema';
import {
  noChange,
  sameConnection,
  toConnection,
  type ChangeResult,
  type ConnectChange,
} from './workflow-change';
import { requireNode } from './workflow-change-error';

/**
 * Connects an output port to an input port (ports default to `main`). Connecting twice changes
 * nothing. Both nodes must exist; whether the ports exist is for `validateWorkflow` to say.
 *
 * @example
 * //   before: a    b      after: a ──▶ b
 * connect(workflow, { type: 'connect', connection: { from: { node: 'a' }, to: { node: 'b' } } });
 */
export function connect(workflow: Workflow, change: ConnectChange): ChangeResult {
  requireNode(workflow.nodes, change.connection.from.node, 'connect');
  requireNode(workflow.nodes, change.connection.to.node, 'connect');
  if (workflow.connections.some((existing) => sameConnection(existing, change.connection))) {
    return { workflow, inverse: noChange() };
  }
  const connection = toConnection(change.connection);
  const connections = [...workflow.connections];
  connections.splice(change.index ?? connections.length, 0, connection);
  return { workflow: { ...workflow, connections }, inverse: { type: 'disconnect', connection } };
}
