import { formatJsonPath } from '../json-path';
import type { WorkflowCheck } from './check-context';
import { problem } from './problem';

/**
 * Pinned data belongs to nodes of this workflow; data pinned for a missing node id is a warning
 * (it is ignored by runs and can be dropped).
 *
 * @example
 * // -> "pinned data for node id 'old' is ignored: no node has that id"
 */
export const checkPinData: WorkflowCheck = (ctx) =>
  Object.keys(ctx.workflow.pinData ?? {})
    .filter((id) => !ctx.nodesById.has(id))
    .map((id) =>
      problem(
        'pin-data-unknown-node',
        formatJsonPath(['pinData', id]),
        `pinned data for node id '${id}' is ignored: no node has that id; remove it`,
      ),
    );
