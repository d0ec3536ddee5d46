import type { AnyNodeDefinition } from '@ainow/engine/sdk';
import { filter } from './filter/filter.node';
import { ifNode } from './if/if.node';
import { manualTrigger } from './manual-trigger/manual-trigger.node';
import { noop } from './noop/noop.node';
import { setNode } from './set/set.node';
import { stopAndError } from './stop-and-error/stop-and-error.node';
import { switchNode } from './switch/switch.node';

/** Every core node (DESIGN.md section 5). */
export const coreNodes: AnyNodeDefinition[] = [
  manualTrigger,
  setNode,
  ifNode,
  switchNode,
  filter,
  stopAndError,
  noop,
];

export { filter, ifNode, manualTrigger, noop, setNode, stopAndError, switchNode };
export { evaluateConditions, evaluateCondition } from './shared/conditions';
export { getPath, setPath } from './shared/field-path';
