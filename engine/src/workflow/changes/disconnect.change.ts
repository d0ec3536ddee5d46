import type { Workflow } from '../workflow.schema';
import { noChange, sameConnection, type ChangeResult, type DisconnectChange } from './workflow-change';

/**
 * Removes the connection between the same nodes and ports (ports default to `main`); nothing
 * happens when there is none.
 *
 * @example
 * //   before: a ──true──▶ b      after: a    b
 * disconnect(workflow, { type: 'disconnect', connection: { from: { node: 'a', port: 'true' }, to: { node: 'b' } } });
 */
export function disconnect(workflow: Workflow, change: DisconnectChange): ChangeResult {
  const index = workflow.connections.findIndex((existing) => sameConnection(existing, change.connection));
  if (index < 0) return { workflow, inverse: noChange() };
  const connection = workflow.connections[index];
  return {
    workflow: { ...workflow, connections: workflow.connections.filter((_, at) => at !== index) },
    inverse: { type: 'connect', connection, index },
  };
}
