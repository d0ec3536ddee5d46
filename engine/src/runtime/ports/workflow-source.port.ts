import type { Workflow } from '../../workflow/workflow.schema';

/**
 * Port: finds the workflow an Execute Workflow node names, by id (server) or by file path (CLI).
 *
 * @example
 * const child = await source.load({ workflowId: 'wf_2' });
 */
export interface WorkflowSource {
  load(ref: { workflowId?: string; file?: string }): Promise<Workflow>;
}
