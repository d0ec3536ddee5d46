import type { Workflow } from '@ainow/engine/workflow';

/** What the API returns for a workflow: its row and the document of its current version. */
export interface WorkflowView {
  id: string;
  name: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  document: Workflow;
}

export interface WorkflowSummary {
  id: string;
  /** Labels people give workflows (the document's `tags`). */
  tags: string[];
  name: string;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}
