/**
 * The value of a `conditions` prop (IF, Filter, Switch rules): rows `{ left, op, right }`, and
 * the operators a row may use, in the order the editor offers them.
 *
 * @example
 * const row: Condition = { left: '{{ $json.result }}', op: 'equals', right: 'valid' };
 * CONDITION_OPS.includes(row.op); // true
 */
export interface Condition {
  left: unknown;
  op: ConditionOp;
  right?: unknown;
}

export const CONDITION_OPS = [
  'equals',
  'notEquals',
  'contains',
  'notContains',
  'startsWith',
  'endsWith',
  'gt',
  'gte',
  'lt',
  'lte',
  'isEmpty',
  'isNotEmpty',
  'matchesRegex',
  'isTrue',
  'isFalse',
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];
