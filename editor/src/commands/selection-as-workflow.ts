import type { Workflow } from '@ainow/engine/workflow';

/**
 * The selected nodes, the connections between them and their pinned data as a workflow document:
 * what Copy puts on the clipboard (paste it in another tab or a text editor).
 *
 * @example
 * selectionAsWorkflow(workflow, ['set', 'if']).connections; // only set → if
 */
export function selectionAsWorkflow(workflow: Workflow, ids: string[]): Workflow {
  const keep = new Set(ids);
  const nodes = workflow.nodes.filter((n) => keep.has(n.id));
  const pinData = Object.fromEntries(Object.entries(workflow.pinData ?? {}).filter(([id]) => keep.has(id)));
  return {
    schemaVersion: 1,
    name: workflow.name,
    nodes,
    connections: workflow.connections.filter((c) => keep.has(c.from.node) && keep.has(c.to.node)),
    settings: workflow.settings,
    ...(Object.keys(pinData).length ? { pinData } : {}),
  };
}
