import type { AnyNodeDefinition } from '../../sdk/node-definition';
import { nodePorts, type NodePorts } from '../graph/node-ports';
import type { WorkflowNode } from '../workflow.schema';
import type { CheckContext, WorkflowCheck } from './check-context';
import { problem, type Problem } from './problem';

/**
 * Connections join nodes that exist, leave by an output port the source node has and arrive at an
 * input port the target node has; the same connection is not listed twice.
 *
 * @example
 * // -> "node 'Is valid?' port 'maybe' does not exist; ports are true, false"
 */
export const checkConnections: WorkflowCheck = (ctx) => {
  const problems: Problem[] = [];
  const ports = portsByNode(ctx, problems);
  const seen = new Set<string>();
  ctx.workflow.connections.forEach((connection, index) => {
    const from = ctx.nodesById.get(connection.from.node);
    const to = ctx.nodesById.get(connection.to.node);
    for (const [end, node, word] of [
      ['from', from, 'starts at'],
      ['to', to, 'ends at'],
    ] as const) {
      if (node) continue;
      problems.push(
        problem(
          'connection-missing-node',
          ctx.pathOf(connection, end, 'node'),
          `connection ${index} ${word} node id '${connection[end].node}', which is not in this workflow; remove the connection or fix the id`,
        ),
      );
    }
    const fromPorts = from && ports.get(from);
    if (from && fromPorts && !fromPorts.outputs.includes(connection.from.port)) {
      const message =
        fromPorts.outputs.length === 0
          ? `node '${from.name}' has no output ports; remove this connection`
          : `node '${from.name}' port '${connection.from.port}' does not exist; ports are ${fromPorts.outputs.join(', ')}`;
      problems.push(problem('unknown-port', ctx.pathOf(connection, 'from', 'port'), message, from.id));
    }
    const toPorts = to && ports.get(to);
    if (to && toPorts && !toPorts.inputs.includes(connection.to.port)) {
      const message =
        toPorts.inputs.length === 0
          ? `node '${to.name}' takes no input (it starts the workflow); remove this connection`
          : `node '${to.name}' input port '${connection.to.port}' does not exist; input ports are ${toPorts.inputs.join(', ')}`;
      problems.push(problem('unknown-port', ctx.pathOf(connection, 'to', 'port'), message, to.id));
    }
    const key = JSON.stringify([
      connection.from.node,
      connection.from.port,
      connection.to.node,
      connection.to.port,
    ]);
    if (seen.has(key)) {
      problems.push(
        problem(
          'duplicate-connection',
          ctx.pathOf(connection),
          `connection ${index} repeats an earlier connection from '${from?.name ?? connection.from.node}' to '${to?.name ?? connection.to.node}'; remove it`,
          connection.to.node,
        ),
      );
    }
    seen.add(key);
  });
  return problems;
};

/** Ports of every node whose definition is known; a port function that throws is a problem. */
function portsByNode(ctx: CheckContext, problems: Problem[]): Map<WorkflowNode, NodePorts> {
  const out = new Map<WorkflowNode, NodePorts>();
  for (const node of ctx.workflow.nodes) {
    const def: AnyNodeDefinition | undefined = ctx.definitionOf(node);
    if (!def) continue;
    try {
      out.set(node, nodePorts(def, node));
    } catch (error) {
      problems.push(
        problem(
          'invalid-parameter',
          ctx.pathOf(node, 'parameters'),
          `node '${node.name}': its ports could not be worked out from its parameters (${(error as Error).message})`,
          node.id,
        ),
      );
    }
  }
  return out;
}
