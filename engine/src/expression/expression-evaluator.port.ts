import type { Item } from '../workflow/item';

/**
 * Port: evaluates the `{{ }}` expressions in a node's parameters (DESIGN.md section 4).
 *
 * Contract:
 * - `evaluateParameters` resolves every expression string inside `parameters` (deep: objects and
 *   arrays), except under the top-level keys in `skip` (code and template props), once per item of
 *   `items`, in one batched call. A string that is exactly one `{{ }}` keeps the value's type;
 *   otherwise the parts are joined as text; `\{{` is a literal `{{`.
 * - It returns one entry per item, in item order: the resolved parameters or the error of that item.
 *   A node with no items still gets one evaluation (item index 0 with `$json` = {}).
 * - Data in items is never evaluated, only the parameter strings.
 * - Errors say where: "Verify email › email, item 3: $json.body is undefined" (`parameter` is the
 *   dotted path inside parameters, `itemIndex` counts from 0, message counts from 0 too).
 *
 * @example
 * const results = await evaluator.evaluateParameters({
 *   nodeName: 'Set', parameters: { name: '{{ $json.first }}' }, skip: [], items, context,
 * });
 */
export interface ExpressionContext {
  workflow: { id?: string; name: string };
  execution: { id: string; mode: string; resumeUrl?: string };
  vars: Record<string, unknown>;
  timezone: string;
  /** The item of node `nodeName` that item `itemIndex` of the current node's main input descends from. */
  pairedItem(nodeName: string, itemIndex: number): Item | undefined;
  /** All main-port output items of node `nodeName` in this run (empty when it has not run). */
  nodeItems(nodeName: string): Item[] | undefined;
  /** Names of the nodes that exist in the workflow (for clear "no node named" errors). */
  nodeNames: string[];
}

export interface EvaluateParametersRequest {
  nodeName: string;
  parameters: Record<string, unknown>;
  /** Top-level parameter names not to evaluate. */
  skip: string[];
  /** The current node's main input items. */
  items: Item[];
  context: ExpressionContext;
}

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly nodeName: string,
    readonly parameter: string,
    readonly itemIndex: number,
  ) {
    super(message);
    this.name = 'ExpressionError';
  }
}

export type ParameterResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; error: ExpressionError };

export interface ExpressionEvaluator {
  evaluateParameters(request: EvaluateParametersRequest): Promise<ParameterResult[]>;
  /** One expression string for one item (editor previews). */
  evaluateOne(
    expression: string,
    item: Item | undefined,
    itemIndex: number,
    context: ExpressionContext,
  ): Promise<unknown>;
  /** Frees isolates. */
  dispose(): void;
}

/** True when a string holds an expression. */
export function hasExpression(value: string): boolean {
  return value.includes('{{');
}
