import type { Workflow, WorkflowNode } from '../workflow.schema';

/** A new workflow in which `node` is replaced by `next`, at the same place in `nodes`. */
export function replaceNode(workflow: Workflow, node: WorkflowNode, next: WorkflowNode): Workflow {
  return { ...workflow, nodes: workflow.nodes.map((candidate) => (candidate === node ? next : candidate)) };
}
