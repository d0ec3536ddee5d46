import { NodeError } from '@ainow/engine/sdk';

/**
 * Token and cost accounting for AI nodes. Every item an AI node outputs carries `_ai`:
 *
 * ```json
 * "_ai": { "model": "gpt-4o-mini", "promptTokens": 412, "completionTokens": 58, "totalTokens": 470,
 *          "requests": 1, "costUsd": 0.0000966 }
 * ```
 *
 * `requests` counts calls (2 when an invalid structured reply was retried; both are counted in the
 * tokens). `costUsd` is `null` when the model has no price. Prices are US dollars per million
 * tokens; the defaults below are OpenAI's list prices when this was written and can be replaced
 * or extended per node with the `prices` parameter, e.g. `{ "gpt-4o-mini": { "input": 0.15, "output": 0.6 } }`.
 * A run's total is the sum of `_ai.costUsd` over the items (e.g. with an Aggregate node).
 *
 * @example
 * costUsd('gpt-4o-mini-2024-07-18', { promptTokens: 1_000_000, completionTokens: 0 }); // 0.15
 */
export interface ModelPrice {
  /** USD per million prompt (input) tokens. */
  input: number;
  /** USD per million completion (output) tokens. */
  output: number;
}

export type PriceTable = Record<string, ModelPrice>;

export const DEFAULT_PRICES: PriceTable = {
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  'o4-mini': { input: 1.1, output: 4.4 },
  o3: { input: 2, output: 8 },
  'gpt-3.5-turbo': { input: 0.5, output: 1.5 },
};

export interface AiUsage {
  model: string;
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  requests: number;
  costUsd: number | null;
}

/** The price of a model: an exact entry, else the longest entry the name starts with (dated snapshots). */
export function priceOf(model: string, prices: PriceTable = DEFAULT_PRICES): ModelPrice | undefined {
  if (prices[model]) return prices[model];
  const prefix = Object.keys(prices)
    .filter((name) => model.startsWith(`${name}-`))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? prices[prefix] : undefined;
}

export function costUsd(
  model: string,
  tokens: { promptTokens: number; completionTokens: number },
  prices: PriceTable = DEFAULT_PRICES,
): number | null {
  const price = priceOf(model, prices);
  if (!price) return null;
  const cost = (tokens.promptTokens * price.input + tokens.completionTokens * price.output) / 1_000_000;
  return Math.round(cost * 1e10) / 1e10;
}

/** The default table with a node's `prices` parameter on top; bad entries are named in the error. */
export function priceTableFrom(overrides: unknown): PriceTable {
  if (overrides === undefined || overrides === null || overrides === '') return DEFAULT_PRICES;
  const parsed: unknown = typeof overrides === 'string' ? JSON.parse(overrides) : overrides;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new NodeError(
      'prices must be an object such as { "gpt-4o-mini": { "input": 0.15, "output": 0.6 } } (USD per million tokens)',
    );
  }
  const table: PriceTable = { ...DEFAULT_PRICES };
  for (const [model, price] of Object.entries(parsed as Record<string, Partial<ModelPrice>>)) {
    if (typeof price?.input !== 'number' || typeof price?.output !== 'number') {
      throw new NodeError(`prices.${model} needs numeric "input" and "output" (USD per million tokens)`);
    }
    table[model] = { input: price.input, output: price.output };
  }
  return table;
}

/** Sums the usage of one or more calls into the item's `_ai` record. */
export function usageRecord(
  model: string,
  calls: Array<{ prompt_tokens?: number; completion_tokens?: number } | undefined>,
  prices: PriceTable,
): AiUsage {
  const promptTokens = calls.reduce((sum, u) => sum + (u?.prompt_tokens ?? 0), 0);
  const completionTokens = calls.reduce((sum, u) => sum + (u?.completion_tokens ?? 0), 0);
  return {
    model,
    promptTokens,
    completionTokens,
    totalTokens: promptTokens + completionTokens,
    requests: calls.length,
    costUsd: costUsd(model, { promptTokens, completionTokens }, prices),
  };
}
