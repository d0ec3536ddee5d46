import {
  uniqueNodeName,
  type Workflow,
  type WorkflowChange,
  type NodeDescription,
} from '@ainow/engine/workflow';
import type { CatalogIndex } from '../store/catalog-index';
import { newNodeId } from './new-node-id';

/**
 * The change that adds a node of a catalog type: a unique name, the type's defaults, and when
 * `after` is given a position to the right of that node and a connection from its port.
 *
 * @example
 * const { change, id } = addNodeChange(workflow, catalog, setDescription, { after: { nodeId: 'trigger', port: 'main' } });
 */
export function addNodeChange(
  workflow: Workflow,
  catalog: CatalogIndex,
  desc: NodeDescription,
  where: { position?: { x: number; y: number }; after?: { nodeId: string; port: string } },
): { change: WorkflowChange; id: string } {
  const id = newNodeId();
  const source = where.after ? workflow.nodes.find((n) => n.id === where.after!.nodeId) : undefined;
  let position = where.position ?? { x: 0, y: 0 };
  if (source && where.after) {
    const outputs = catalog.portsOf(source).outputs;
    const index = Math.max(0, outputs.indexOf(where.after.port));
    const offset = outputs.length > 1 ? (index - (outputs.length - 1) / 2) * 120 : 0;
    position = { x: source.position.x + 280, y: source.position.y + offset };
    while (
      workflow.nodes.some(
        (n) => Math.abs(n.position.x - position.x) < 100 && Math.abs(n.position.y - position.y) < 60,
      )
    ) {
      position = { x: position.x, y: position.y + 110 };
    }
  }
  const node = {
    id,
    name: uniqueNodeName(workflow, desc.displayName),
    type: desc.type,
    version: desc.version,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    parameters: structuredClone(desc.defaults ?? {}),
  };
  const changes: WorkflowChange[] = [{ type: 'addNode', node }];
  if (source && where.after && desc.inputs.length > 0) {
    changes.push({
      type: 'connect',
      connection: {
        from: { node: source.id, port: where.after.port },
        to: { node: id, port: desc.inputs[0] },
      },
    });
  }
  return { change: changes.length === 1 ? changes[0] : { type: 'batch', changes }, id };
}
