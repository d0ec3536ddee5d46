import {
  renameNodeReferences,
  uniqueNodeName,
  type Workflow,
  type WorkflowChange,
} from '@ainow/engine/workflow';
import type { EditorChange } from '../store/editor-change';
import { newNodeId } from '../canvas/new-node-id';

/**
 * The change that pastes a workflow piece into a workflow: fresh ids, unique names (expressions
 * in the pasted nodes that named a renamed node follow the new name), positions offset, inner
 * connections and pinned data kept.
 *
 * @example
 * const { change, newIds } = pasteChange(workflow, JSON.parse(clipboardText), { dx: 40, dy: 40 });
 */
export function pasteChange(
  workflow: Workflow,
  piece: Pick<Workflow, 'nodes' | 'connections'> & { pinData?: Workflow['pinData'] },
  offset: { dx: number; dy: number },
): { change: EditorChange; newIds: string[] } {
  const idMap = new Map<string, string>();
  const taken = { nodes: [...workflow.nodes] };
  const renames: Array<[string, string]> = [];
  for (const node of piece.nodes) {
    const id = newNodeId();
    idMap.set(node.id, id);
    const name = uniqueNodeName(taken, node.name);
    taken.nodes.push({ ...node, id, name });
    if (name !== node.name) renames.push([node.name, name]);
  }
  const changes: WorkflowChange[] = piece.nodes.map((node) => {
    let parameters = structuredClone(node.parameters ?? {});
    for (const [oldName, newName] of renames) parameters = renameNodeReferences(parameters, oldName, newName);
    const id = idMap.get(node.id)!;
    return {
      type: 'addNode',
      node: {
        ...structuredClone(node),
        id,
        name: taken.nodes.find((n) => n.id === id)!.name,
        parameters,
        position: { x: (node.position?.x ?? 0) + offset.dx, y: (node.position?.y ?? 0) + offset.dy },
      },
      ...(piece.pinData?.[node.id] ? { pinData: piece.pinData[node.id] } : {}),
    };
  });
  for (const conn of piece.connections ?? []) {
    const from = idMap.get(conn.from.node);
    const to = idMap.get(conn.to.node);
    if (from && to)
      changes.push({
        type: 'connect',
        connection: { from: { node: from, port: conn.from.port }, to: { node: to, port: conn.to.port } },
      });
  }
  return { change: { type: 'batch', changes }, newIds: [...idMap.values()] };
}
