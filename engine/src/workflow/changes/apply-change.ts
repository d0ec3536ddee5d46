import type { Workflow } from '../workflow.schema';
import { addNode } from './add-node.change';
import { connect } from './connect.change';
import { disconnect } from './disconnect.change';
import { moveNode } from './move-node.change';
import { removeNode } from './remove-node.change';
import { renameNode } from './rename-node.change';
import { setParameter } from './set-parameter.change';
import { updateNode } from './update-node.change';
import type { BatchChange, ChangeResult, WorkflowChange } from './workflow-change';

type Handlers = {
  [K in WorkflowChange['type']]: (
    workflow: Workflow,
    change: Extract<WorkflowChange, { type: K }>,
  ) => ChangeResult;
};

const handlers: Handlers = {
  addNode,
  removeNode,
  renameNode,
  connect,
  disconnect,
  setParameter,
  moveNode,
  updateNode,
  batch: applyBatch,
};

/**
 * Applies one change (or a batch) and returns the new workflow with the change that undoes it.
 * Never mutates `workflow`; unchanged nodes and connections are shared with it. Throws a
 * `WorkflowChangeError` when the change does not fit the workflow.
 *
 * @example
 * const undo: WorkflowChange[] = [];
 * const { workflow: next, inverse } = applyChange(workflow, { type: 'removeNode', nodeId: 'verify' });
 * undo.push(inverse); // later: applyChange(next, undo.pop()!) brings the node and its connections back
 */
export function applyChange(workflow: Workflow, change: WorkflowChange): ChangeResult {
  const handler = handlers[change.type] as (workflow: Workflow, change: WorkflowChange) => ChangeResult;
  if (!handler) throw new Error(`applyChange: unknown change type '${(change as { type: unknown }).type}'`);
  return handler(workflow, change);
}

/** Applies changes in order as one; the inverse undoes them in reverse order. */
export function applyChanges(workflow: Workflow, changes: ReadonlyArray<WorkflowChange>): ChangeResult {
  return applyBatch(workflow, { type: 'batch', changes: [...changes] });
}

function applyBatch(workflow: Workflow, change: BatchChange): ChangeResult {
  let current = workflow;
  const inverses: WorkflowChange[] = [];
  for (const step of change.changes) {
    const result = applyChange(current, step);
    current = result.workflow;
    inverses.unshift(result.inverse);
  }
  return { workflow: current, inverse: { type: 'batch', changes: inverses } };
}
