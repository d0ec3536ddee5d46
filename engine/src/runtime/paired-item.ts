import type { Item, PairedItem } from '../workflow/item';
import type { InputSegment, StepRecord } from './step-record';

/**
 * Follows `pairedItem` links back through the stored steps to find the item of another node
 * that a given input item descends from (what `$('Node').item` returns).
 */
export function locate(
  segments: InputSegment[] | undefined,
  index: number,
): { segment: InputSegment; offset: number } | undefined {
  let offset = index;
  for (const segment of segments ?? []) {
    if (offset < segment.count) return { segment, offset };
    offset -= segment.count;
  }
  return undefined;
}

function pairsOf(item: Item, fallbackIndex: number): PairedItem[] {
  const paired = item.pairedItem;
  if (paired === undefined) return [{ item: fallbackIndex }];
  return Array.isArray(paired) ? paired : [paired];
}

export function findPairedItem(
  steps: ReadonlyArray<StepRecord | undefined>,
  input: Record<string, InputSegment[]>,
  port: string,
  index: number,
  targetNodeId: string,
  depth = 0,
): Item | undefined {
  if (depth > 200) return undefined;
  const found = locate(input[port], index);
  if (!found) return undefined;
  const step = steps[found.segment.step];
  if (!step) return undefined;
  const item = step.output[found.segment.port]?.[found.offset];
  if (!item) return undefined;
  if (step.nodeId === targetNodeId) return item;
  for (const pair of pairsOf(item, found.offset)) {
    const hit = findPairedItem(steps, step.input, pair.input ?? 'main', pair.item, targetNodeId, depth + 1);
    if (hit) return hit;
  }
  return undefined;
}
