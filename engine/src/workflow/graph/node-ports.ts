import { inputPortsOf, outputPortsOf, type AnyNodeDefinition } from '../../sdk/node-definition';
import { parametersWithDefaults } from '../parameters/parameters-with-defaults';
import type { WorkflowNode } from '../workflow.schema';

/** Input and output port names of one node in a workflow. */
export interface NodePorts {
  inputs: string[];
  outputs: string[];
}

/**
 * The ports a node has with its current parameters (defaults applied) and `onError` setting:
 * Switch gains a port per rule, `onError: "route"` adds `error`. Throws what a definition's port
 * function throws.
 *
 * @example
 * nodePorts(ifNode, { ...node, onError: 'route' }); // { inputs: ['main'], outputs: ['true', 'false', 'error'] }
 */
export function nodePorts(
  def: AnyNodeDefinition,
  node: Pick<WorkflowNode, 'parameters' | 'onError'>,
): NodePorts {
  const values = parametersWithDefaults(def.props, node.parameters ?? {});
  return { inputs: inputPortsOf(def, values), outputs: outputPortsOf(def, values, node.onError) };
}
