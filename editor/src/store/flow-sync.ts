import type { Edge, Node } from '@xyflow/react';
import type { Workflow } from '@ainow/engine/workflow';
import { STICKY_PREFIX, stickyNotesOf } from './sticky-note';

/** A React Flow node: a workflow node (`data` empty, the component reads the store) or a sticky note. */
export type FlowNode = Node<Record<string, never>, 'workflowNode' | 'sticky'>;
export type FlowEdge = Edge<{ fromPort: string; toPort: string }>;

export function edgeId(c: {
  from: { node: string; port?: string };
  to: { node: string; port?: string };
}): string {
  return `${c.from.node}:${c.from.port ?? 'main'}->${c.to.node}:${c.to.port ?? 'main'}`;
}

/**
 * React Flow's nodes and edges for a workflow, reusing the previous objects wherever nothing
 * changed so that memoised node components do not re-render (React Flow compares by identity).
 *
 * @example
 * const { nodes, edges } = syncFlow(workflow, state.flowNodes, state.flowEdges);
 */
export function syncFlow(
  workflow: Workflow,
  prevNodes: FlowNode[],
  prevEdges: FlowEdge[],
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const prevById = new Map(prevNodes.map((n) => [n.id, n]));
  const nodes: FlowNode[] = [];
  for (const note of stickyNotesOf(workflow)) {
    const id = `${STICKY_PREFIX}${note.id}`;
    const prev = prevById.get(id);
    const same =
      prev &&
      prev.position.x === note.position.x &&
      prev.position.y === note.position.y &&
      prev.width === note.width &&
      prev.height === note.height;
    nodes.push(
      same
        ? prev
        : {
            ...(prev ?? {}),
            id,
            type: 'sticky',
            position: { ...note.position },
            width: note.width,
            height: note.height,
            data: {},
            zIndex: -1,
          },
    );
  }
  for (const node of workflow.nodes) {
    const prev = prevById.get(node.id);
    const same = prev && prev.position.x === node.position.x && prev.position.y === node.position.y;
    nodes.push(
      same
        ? prev
        : { ...(prev ?? {}), id: node.id, type: 'workflowNode', position: { ...node.position }, data: {} },
    );
  }
  const prevEdgeById = new Map(prevEdges.map((e) => [e.id, e]));
  const edges: FlowEdge[] = workflow.connections.map((c) => {
    const id = edgeId(c);
    return (
      prevEdgeById.get(id) ?? {
        id,
        source: c.from.node,
        sourceHandle: c.from.port ?? 'main',
        target: c.to.node,
        targetHandle: c.to.port ?? 'main',
        data: { fromPort: c.from.port ?? 'main', toPort: c.to.port ?? 'main' },
        ...(c.from.port === 'error' ? { className: 'edge-error' } : {}),
      }
    );
  });
  return { nodes, edges };
}
