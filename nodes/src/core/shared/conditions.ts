import { CONDITION_OPS, NodeError, type Condition, type ConditionOp } from '@ainow/engine/sdk';
import { asBoolean, compareValues, textOf, valuesEqual, type CompareOptions } from './compare-values';

/**
 * Evaluates condition lists (DESIGN.md section 5) for IF, Filter and Switch. `left` and `right`
 * arrive already evaluated (expressions resolved), so a condition is plain data.
 *
 * Rules: text comparisons are case-sensitive unless `ignoreCase`; numbers and numeric strings
 * compare as numbers; ISO dates and Date objects compare as instants; `contains` on an array
 * looks for an equal element; `isEmpty` is true for undefined, null, '', [] and {};
 * `matchesRegex` takes a pattern or `/pattern/flags`. An empty list is true.
 *
 * @example
 * evaluateConditions([{ left: 12, op: 'gt', right: '10' }, { left: 'Ada', op: 'startsWith', right: 'a' }], 'or');
 * // true: 12 > 10
 */
export type Combine = 'and' | 'or';

export function evaluateConditions(
  conditions: readonly Condition[] | undefined,
  combine: Combine = 'and',
  options: CompareOptions = {},
): boolean {
  const list = conditions ?? [];
  if (!Array.isArray(list)) throw new NodeError('conditions must be a list of { left, op, right }');
  if (list.length === 0) return true;
  const test = (condition: Condition, index: number) => evaluateCondition(condition, options, index);
  return combine === 'or' ? list.some(test) : list.every(test);
}

/** One condition; `index` (0-based) only names the condition in error messages. */
export function evaluateCondition(condition: Condition, options: CompareOptions = {}, index = 0): boolean {
  const { left, op, right } = condition ?? ({} as Condition);
  if (!CONDITION_OPS.includes(op)) {
    throw new NodeError(
      `condition ${index + 1} has unknown operator '${String(op)}'; use one of ${CONDITION_OPS.join(', ')}`,
      { code: 'invalid_condition' },
    );
  }
  return OPERATORS[op](left, right, options, index);
}

type Operator = (left: unknown, right: unknown, options: CompareOptions, index: number) => boolean;

const isMissing = (v: unknown) => v === null || v === undefined;

function isEmpty(value: unknown): boolean {
  if (isMissing(value) || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (value instanceof Date) return false;
  if (typeof value === 'object') return Object.keys(value as object).length === 0;
  return false;
}

function contains(left: unknown, right: unknown, options: CompareOptions): boolean {
  if (isMissing(left)) return false;
  if (Array.isArray(left)) return left.some((element) => valuesEqual(element, right, options));
  if (typeof left === 'object' && !(left instanceof Date)) {
    return Object.hasOwn(left as object, textOf(right));
  }
  return textOf(left, options).includes(textOf(right, options));
}

function ordered(test: (c: number) => boolean): Operator {
  return (left, right, options) => {
    const c = compareValues(left, right, options);
    return c !== undefined && test(c);
  };
}

function regexOf(pattern: unknown, options: CompareOptions, index: number): RegExp {
  const text = textOf(pattern);
  const literal = /^\/(.*)\/([a-z]*)$/s.exec(text);
  let flags = literal ? literal[2] : '';
  if (options.ignoreCase && !flags.includes('i')) flags += 'i';
  try {
    return new RegExp(literal ? literal[1] : text, flags);
  } catch (error) {
    throw new NodeError(
      `condition ${index + 1}: '${text}' is not a valid regular expression (${(error as Error).message})`,
      { code: 'invalid_condition' },
    );
  }
}

const OPERATORS: Record<ConditionOp, Operator> = {
  equals: (l, r, o) => valuesEqual(l, r, o),
  notEquals: (l, r, o) => !valuesEqual(l, r, o),
  contains: (l, r, o) => contains(l, r, o),
  notContains: (l, r, o) => !contains(l, r, o),
  startsWith: (l, r, o) => !isMissing(l) && textOf(l, o).startsWith(textOf(r ?? '', o)),
  endsWith: (l, r, o) => !isMissing(l) && textOf(l, o).endsWith(textOf(r ?? '', o)),
  gt: ordered((c) => c > 0),
  gte: ordered((c) => c >= 0),
  lt: ordered((c) => c < 0),
  lte: ordered((c) => c <= 0),
  isEmpty: (l) => isEmpty(l),
  isNotEmpty: (l) => !isEmpty(l),
  matchesRegex: (l, r, o, i) => !isMissing(l) && regexOf(r, o, i).test(textOf(l)),
  isTrue: (l) => asBoolean(l) === true,
  isFalse: (l) => asBoolean(l) === false,
};

/** The condition fields of an IF or Filter node, or of one Switch rule. */
export interface ConditionGroup {
  conditions?: readonly Condition[];
  combine?: Combine;
  ignoreCase?: boolean;
}

/**
 * Evaluates a condition group for input item `itemIndex`; errors name the item (1-based, as
 * people count) and, when given, the rule.
 */
export function itemMatches(group: ConditionGroup, itemIndex: number, where = 'conditions'): boolean {
  try {
    return evaluateConditions(group.conditions, group.combine ?? 'and', { ignoreCase: group.ignoreCase });
  } catch (error) {
    if (!(error instanceof NodeError)) throw error;
    throw new NodeError(`${where}, item ${itemIndex + 1}: ${error.message}`, {
      code: error.code,
      cause: error,
    });
  }
}
