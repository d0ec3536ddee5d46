import type { NodeState } from '../../sdk/node-context';

/**
 * Port: key-value state per workflow and node, kept across runs (poll cursors, de-duplication).
 *
 * @example
 * const state = stateStore.forNode('wf_1', 'dedupe');
 * await state.set('seen', ['a']);
 */
export interface NodeStateStore {
  forNode(workflowId: string, nodeId: string): NodeState;
}
