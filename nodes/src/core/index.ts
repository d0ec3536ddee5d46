import type { AnyNodeDefinition } from '@ainow/engine/sdk';
import { aggregate } from './aggregate/aggregate.node';
import { filter } from './filter/filter.node';
import { ifNode } from './if/if.node';
import { limit } from './limit/limit.node';
import { loop } from './loop/loop.node';
import { manualTrigger } from './manual-trigger/manual-trigger.node';
import { merge } from './merge/merge.node';
import { noop } from './noop/noop.node';
import { removeDuplicates } from './remove-duplicates/remove-duplicates.node';
import { setNode } from './set/set.node';
import { sort } from './sort/sort.node';
import { splitOut } from './split-out/split-out.node';
import { stopAndError } from './stop-and-error/stop-and-error.node';
import { switchNode } from './switch/switch.node';

/** Every core node (DESIGN.md section 5). */
export const coreNodes: AnyNodeDefinition[] = [
  manualTrigger,
  setNode,
  ifNode,
  switchNode,
  filter,
  merge,
  loop,
  splitOut,
  aggregate,
  sort,
  limit,
  removeDuplicates,
  stopAndError,
  noop,
];

export {
  aggregate,
  filter,
  ifNode,
  limit,
  loop,
  manualTrigger,
  merge,
  noop,
  removeDuplicates,
  setNode,
  sort,
  splitOut,
  stopAndError,
  switchNode,
};
export { evaluateConditions, evaluateCondition, type Combine } from './shared/conditions';
export { compareValues, valuesEqual } from './shared/compare-values';
export { getPath, setPath } from './shared/field-path';
