/**
 * Expressions: `{{ ... }}` in node parameters, evaluated in isolated-vm (DESIGN.md section 4).
 *
 * @example
 * import { createExpressionEvaluator } from '@ainow/engine/expression';
 * const evaluator = createExpressionEvaluator();
 */
export * from './expression-evaluator.port';
export { createExpressionEvaluator, type ExpressionEvaluatorOptions } from './expression-evaluator';
export { parseExpressionString, type ParsedString, type ExpressionPart } from './expression-parser';
export { dateTimeKit, type DateTime, type DateTimeKit } from './date-time';
