import type { Connection } from '../workflow.schema';
import { findCycles } from '../graph/find-cycles';
import type { WorkflowCheck } from './check-context';
import { problem } from './problem';

/**
 * Cycles are allowed only through a Loop node: a node whose definition sets `loop` may send
 * items back by its loop port. Every other cycle is reported with the names of its nodes.
 * Needs a registry (without one nothing says which node is a Loop node).
 *
 * @example
 * //   Loop ──loop──▶ Work ──▶ Loop     fine
 * //   A ──▶ B ──▶ A                     "nodes 'A' → 'B' → 'A' form a cycle; ..."
 */
export const checkCycles: WorkflowCheck = (ctx) => {
  if (!ctx.registry) return [];
  const leavesByLoopPort = (connection: Connection): boolean => {
    const from = ctx.nodesById.get(connection.from.node);
    const loop = from && ctx.definitionOf(from)?.loop;
    return loop !== undefined && loop.port === connection.from.port;
  };
  const cycles = findCycles(ctx.workflow, { skip: leavesByLoopPort });
  return cycles.map((ids) => {
    const names = [...ids, ids[0]].map((id) => `'${ctx.nodesById.get(id)!.name}'`).join(' → ');
    const last = ids[ids.length - 1];
    const closing = ctx.workflow.connections.find(
      (c) => c.from.node === last && c.to.node === ids[0] && !leavesByLoopPort(c),
    )!;
    return problem(
      'cycle',
      ctx.pathOf(closing),
      `nodes ${names} form a cycle; only a Loop node may send items back, so remove a connection or loop through a Loop node`,
      ids[0],
    );
  });
};
