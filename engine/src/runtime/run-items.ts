import type { Item, PortItems } from '../workflow/item';
import type { Effect } from '../sdk/node-definition';
import type { ItemContext } from '../sdk/node-context';
import type { GraphNode } from './run-graph';
import type { RunSession } from './run-session';
import type { StepLog } from './step-record';
import { withRetry } from './retry';
import { itemOutput } from './step-output';
import { UncertainEffectError } from './wait-signal';

export type ItemOutcome = { output: PortItems } | { error: unknown };

export interface RunItemsInput {
  items: Item[];
  runIndex: number;
  effect: Effect;
  ports: string[];
  propsFor(i: number): Record<string, unknown>;
  contextFor(i: number, props: Record<string, unknown>): ItemContext<Record<string, unknown>>;
  logs: StepLog[];
}

/**
 * Runs a per-item node over its items with bounded concurrency, keeping order. For `write` and
 * `send` nodes each item goes through the effect ledger, so a resumed run reuses what was already
 * sent and never sends it twice.
 */
export async function runItems(
  session: RunSession,
  g: GraphNode,
  input: RunItemsInput,
): Promise<{ results: ItemOutcome[]; retries: number }> {
  const { def, node } = g;
  const ledger = input.effect !== 'read' && !session.info.dryRun ? session.deps.ledger : undefined;
  const known = ledger ? await ledger.getMany(session.runId, node.id, input.runIndex) : new Map();
  const results: ItemOutcome[] = new Array(input.items.length);
  const firstPort = input.ports[0] ?? 'main';
  let retries = 0;

  const one = async (i: number): Promise<ItemOutcome> => {
    const item = input.items[i];
    const key = { runId: session.runId, nodeId: node.id, runIndex: input.runIndex, itemIndex: i };
    try {
      const entry = known.get(i);
      if (entry?.status === 'done') return { output: entry.output ?? {} };
      if (entry?.status === 'pending' && !def.idempotent)
        return { error: new UncertainEffectError(node.name, i) };
      const props = input.propsFor(i);
      const ctx = input.contextFor(i, props);
      if (session.info.dryRun && input.effect !== 'read') {
        const preview = def.preview
          ? def.preview(ctx, item)
          : { ...item.json, dryRun: { node: node.name, wouldSend: props } };
        return { output: itemOutput(preview, i, firstPort) };
      }
      if (ledger) await ledger.begin(key);
      try {
        const attempt = await withRetry(
          () => def.runItem!(ctx, item),
          node.retry,
          session.signal,
          (n, error, delay) =>
            input.logs.push({
              level: 'warn',
              message: `item ${i}: try ${n} failed (${(error as Error).message}); trying again in ${delay} ms`,
              at: new Date().toISOString(),
            }),
        );
        retries += attempt.retries;
        const output = itemOutput(attempt.value, i, firstPort);
        if (ledger) await ledger.complete(key, output);
        return { output };
      } catch (error) {
        if (ledger) await ledger.release(key);
        retries += (error as { retries?: number }).retries ?? 0;
        throw error;
      }
    } catch (error) {
      if (session.signal.aborted) throw error;
      return { error };
    }
  };

  const concurrency = Math.max(1, def.concurrency ?? session.deps.itemConcurrency ?? 5);
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, input.items.length) }, async () => {
    while (next < input.items.length && !session.signal.aborted) {
      const i = next++;
      results[i] = await one(i);
    }
  });
  await Promise.all(lanes);
  return { results, retries };
}
