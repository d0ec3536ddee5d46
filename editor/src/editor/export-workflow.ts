import type { Workflow } from '@ainow/engine/workflow';

/** Downloads a workflow as `<name>.workflow.json`. */
export function downloadWorkflow(workflow: Workflow): void {
  const { id: _id, ...doc } = workflow as Workflow & { id?: string };
  const blob = new Blob([JSON.stringify(doc, null, 2) + '\n'], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${(workflow.name || 'workflow').replace(/[^\w.-]+/g, '-').toLowerCase()}.workflow.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
