import { CONDITION_OPS, NodeError, type ConditionOp } from '@ainow/engine/sdk';
import { evaluateCondition, evaluateConditions } from '@ainow/nodes/core';

describe('evaluateCondition', () => {
  it.each<[unknown, ConditionOp, unknown, boolean]>([
    ['valid', 'equals', 'valid', true],
    ['Valid', 'equals', 'valid', false],
    [5, 'equals', '5', true],
    ['5', 'equals', 5.0, true],
    ['007', 'equals', '7', false],
    [true, 'equals', 'true', true],
    [null, 'equals', undefined, true],
    [null, 'equals', '', false],
    [{ a: 1, b: 2 }, 'equals', { b: 2, a: 1 }, true],
    ['2024-05-01T00:00:00Z', 'equals', '2024-05-01T00:00:00.000Z', true],
    [new Date('2024-05-01T10:00:00Z'), 'equals', '2024-05-01T12:00:00+02:00', true],
    ['a', 'notEquals', 'b', true],
    [3, 'notEquals', '3', false],
    ['hello world', 'contains', 'lo w', true],
    [['a', 'b'], 'contains', 'b', true],
    [[1, 2], 'contains', '2', true],
    [['a'], 'notContains', 'b', true],
    [{ plan: 'pro' }, 'contains', 'plan', true],
    [undefined, 'contains', 'x', false],
    ['ada@example.com', 'startsWith', 'ada', true],
    ['ada@example.com', 'endsWith', '.com', true],
    [undefined, 'endsWith', '', false],
    [10, 'gt', 9, true],
    ['10', 'gt', '9', true],
    ['10', 'gt', 9, true],
    ['b', 'gt', 'a', true],
    [5, 'gte', 5, true],
    ['2024-01-02', 'gt', '2024-01-01', true],
    [new Date('2024-01-01T00:00:00Z'), 'lt', '2024-01-01T00:00:01Z', true],
    [undefined, 'lt', 1, false],
    [4, 'lte', '4', true],
    ['', 'isEmpty', undefined, true],
    [[], 'isEmpty', undefined, true],
    [{}, 'isEmpty', undefined, true],
    [0, 'isEmpty', undefined, false],
    ['x', 'isNotEmpty', undefined, true],
    [null, 'isNotEmpty', undefined, false],
    ['ada@example.com', 'matchesRegex', '^[^@]+@example\\.com$', true],
    ['ADA', 'matchesRegex', '/^ada$/i', true],
    [undefined, 'matchesRegex', '.*', false],
    [true, 'isTrue', undefined, true],
    ['TRUE', 'isTrue', undefined, true],
    [1, 'isTrue', undefined, true],
    ['yes', 'isTrue', undefined, false],
    [false, 'isFalse', undefined, true],
    ['false', 'isFalse', undefined, true],
    [undefined, 'isFalse', undefined, false],
  ])('%p %s %p is %p', (left, op, right, expected) => {
    expect(evaluateCondition({ left, op, right })).toBe(expected);
  });

  it.each<[unknown, ConditionOp, unknown]>([
    ['Valid', 'equals', 'valid'],
    ['HELLO', 'contains', 'ell'],
    ['Ada', 'startsWith', 'a'],
    ['ADA', 'matchesRegex', '^ada$'],
  ])('with ignoreCase %p %s %p holds', (left, op, right) => {
    expect(evaluateCondition({ left, op, right })).toBe(false);
    expect(evaluateCondition({ left, op, right }, { ignoreCase: true })).toBe(true);
  });

  it('covers every operator in the SDK', () => {
    for (const op of CONDITION_OPS) {
      expect(typeof evaluateCondition({ left: 'x', op, right: 'x' })).toBe('boolean');
    }
  });

  it.each([
    [{ left: 1, op: 'bigger', right: 0 }, /condition 1 has unknown operator 'bigger'/],
    [{ left: 'a', op: 'matchesRegex', right: '(' }, /condition 1: '\(' is not a valid regular expression/],
  ])('rejects %p with a clear message', (condition, message) => {
    expect(() => evaluateConditions([condition as never])).toThrow(NodeError);
    expect(() => evaluateConditions([condition as never])).toThrow(message);
  });
});

describe('evaluateConditions', () => {
  const yes = { left: 1, op: 'equals' as const, right: 1 };
  const no = { left: 1, op: 'equals' as const, right: 2 };
  it.each([
    [[yes, yes], 'and', true],
    [[yes, no], 'and', false],
    [[yes, no], 'or', true],
    [[no, no], 'or', false],
    [[], 'and', true],
    [[], 'or', true],
  ] as const)('%j combined with %s is %p', (conditions, combine, expected) => {
    expect(evaluateConditions([...conditions], combine)).toBe(expected);
  });
});
