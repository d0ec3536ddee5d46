import { evaluateRows } from './batch-evaluation';
import {
  hasExpression,
  type EvaluateParametersRequest,
  type ExpressionContext,
  type ExpressionEvaluator,
  type ParameterResult,
} from './expression-evaluator.port';
import { ExpressionIsolate } from './expression-isolate';
import { planParameters } from './parameter-plan';
import type { Item } from '../workflow/item';

/**
 * Limits for expression evaluation.
 * - `memoryLimitMb` (default 128): heap of the evaluator's isolate. Item data sent in counts too.
 * - `timeoutMs` (default 1000): time allowed per 50,000 evaluations of one node (one item × one
 *   expression is one evaluation), so big batches get proportionally more time.
 */
export interface ExpressionEvaluatorOptions {
  memoryLimitMb?: number;
  timeoutMs?: number;
}

/**
 * Creates the expression evaluator (DESIGN.md section 4): one isolated-vm isolate per evaluator,
 * created on first use, reused for every call (compiled expressions stay cached inside it) and
 * recreated after it was stopped for using too much memory.
 *
 * @example
 * const evaluator = createExpressionEvaluator({ timeoutMs: 500 });
 * const [first] = await evaluator.evaluateParameters({
 *   nodeName: 'Set', parameters: { name: '{{ $json.first }} {{ $json.last }}' }, skip: [],
 *   items: [{ json: { first: 'Ada', last: 'Lovelace' } }], context,
 * });
 * // first = { ok: true, value: { name: 'Ada Lovelace' } }
 * evaluator.dispose();
 */
export function createExpressionEvaluator(options: ExpressionEvaluatorOptions = {}): ExpressionEvaluator {
  const memoryLimitMb = options.memoryLimitMb ?? 128;
  const timeoutMs = options.timeoutMs ?? 1000;
  const isolate = new ExpressionIsolate(memoryLimitMb);
  const limits = { isolate, timeoutMs, memoryLimitMb };

  return {
    async evaluateParameters(request: EvaluateParametersRequest): Promise<ParameterResult[]> {
      const plan = planParameters(request.parameters, request.skip);
      const rows: Item[] = request.items.length > 0 ? request.items : [{ json: {} }];
      if (plan.slots.length === 0) return rows.map(() => ({ ok: true, value: plan.build([]) }));
      const outcomes = await evaluateRows({
        ...limits,
        slots: plan.slots,
        rows,
        indexes: null,
        context: request.context,
        nodeName: request.nodeName,
      });
      return outcomes.map((outcome) =>
        outcome.ok ? { ok: true, value: plan.build(outcome.values) } : outcome,
      );
    },

    async evaluateOne(
      expression: string,
      item: Item | undefined,
      itemIndex: number,
      context: ExpressionContext,
    ) {
      if (!hasExpression(expression)) return expression;
      const plan = planParameters({ expression }, []);
      const [outcome] = await evaluateRows({
        ...limits,
        slots: plan.slots.map((slot) => ({ ...slot, path: '' })),
        rows: [item ?? { json: {} }],
        indexes: [itemIndex],
        context,
        nodeName: '',
      });
      if (!outcome.ok) throw outcome.error;
      return outcome.values[0];
    },

    dispose() {
      isolate.dispose();
    },
  };
}
