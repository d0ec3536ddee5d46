import { applyChange, type Workflow, type WorkflowChange } from '@ainow/engine/workflow';

/**
 * Editor changes: the engine's graph changes plus the few document-level edits the engine has no
 * change for (sticky notes, pinned data, workflow name and settings). Like the engine's, each is
 * plain data applied by a pure function that returns the new workflow and its exact inverse.
 *
 * @example
 * const { workflow, inverse } = applyEditorChange(wf, { type: 'setWorkflowField', key: 'name', value: 'Leads' });
 */
export type WorkflowField = 'name' | 'settings' | 'pinData' | 'stickyNotes' | 'variables';

export interface SetWorkflowFieldChange {
  type: 'setWorkflowField';
  key: WorkflowField;
  value: unknown;
}

export interface EditorBatchChange {
  type: 'editorBatch';
  changes: EditorChange[];
}

export type EditorChange = WorkflowChange | SetWorkflowFieldChange | EditorBatchChange;

export interface EditorChangeResult {
  workflow: Workflow;
  inverse: EditorChange;
}

export function applyEditorChange(workflow: Workflow, change: EditorChange): EditorChangeResult {
  if (change.type === 'setWorkflowField') {
    const record = workflow as Record<string, unknown>;
    const old = record[change.key];
    const next: Record<string, unknown> = { ...workflow };
    if (change.value === undefined) delete next[change.key];
    else next[change.key] = change.value;
    return { workflow: next as Workflow, inverse: { type: 'setWorkflowField', key: change.key, value: old } };
  }
  if (change.type === 'editorBatch') {
    let current = workflow;
    const inverses: EditorChange[] = [];
    for (const step of change.changes) {
      const result = applyEditorChange(current, step);
      current = result.workflow;
      inverses.unshift(result.inverse);
    }
    return { workflow: current, inverse: { type: 'editorBatch', changes: inverses } };
  }
  return applyChange(workflow, change);
}

/** True when a change changes nothing (an empty batch), so that undo does not record it. */
export function isEmptyChange(change: EditorChange): boolean {
  return (change.type === 'batch' || change.type === 'editorBatch') && change.changes.every(isEmptyChange);
}
