import { buildPayload, type IsolateSlot } from './batch-payload';
import { explainFailure, locate } from './expression-error-message';
import { ExpressionError, type ExpressionContext } from './expression-evaluator.port';
import type { ExpressionIsolate } from './expression-isolate';
import { evaluateHostSlot } from './host-slot';
import type { ParameterSlot } from './parameter-plan';
import type { Item } from '../workflow/item';

/**
 * Evaluates every slot for every row: fast-path slots on the host, all others in one isolate call.
 * Returns per row either the slot values (in slot order) or the first error of that row.
 *
 * @example
 * const rows = await evaluateRows({ isolate, slots: plan.slots, rows: items, indexes: null, context,
 *   nodeName: 'Set', timeoutMs: 1000, memoryLimitMb: 128 });
 */
export type RowOutcome = { ok: true; values: unknown[] } | { ok: false; error: ExpressionError };

export interface EvaluateRowsInput {
  isolate: ExpressionIsolate;
  slots: ParameterSlot[];
  rows: Item[];
  indexes: number[] | null;
  context: ExpressionContext;
  nodeName: string;
  /** Time limit per 50,000 isolate evaluations. */
  timeoutMs: number;
  memoryLimitMb: number;
}

const EVALUATIONS_PER_TIMEOUT = 50_000;
const SPECIAL_VALUES = [undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

export async function evaluateRows(input: EvaluateRowsInput): Promise<RowOutcome[]> {
  const { slots, rows, indexes, nodeName } = input;
  const S = slots.length;
  const values: unknown[][] = rows.map(() => new Array<unknown>(S));
  // Per row: the first failing slot and its message (slot order decides which error is reported).
  const failures: ({ slot: number; message: string } | undefined)[] = new Array(rows.length);
  const fail = (row: number, slot: number, message: string) => {
    const known = failures[row];
    if (known === undefined || slot < known.slot) failures[row] = { slot, message };
  };

  const isolateSlots: number[] = [];
  slots.forEach((slot, s) => {
    if (slot.parsed.error !== undefined) rows.forEach((_, r) => fail(r, s, slot.parsed.error!));
    else if (slot.fast) {
      rows.forEach((row, r) => {
        const outcome = evaluateHostSlot(slot, row);
        if (outcome.ok) values[r][s] = outcome.value;
        else fail(r, s, explainFailure(outcome.message, outcome.source));
      });
    } else isolateSlots.push(s);
  });

  if (isolateSlots.length > 0) {
    const sources: string[] = [];
    const sourceIndex = new Map<string, number>();
    const indexOf = (code: string) => {
      let index = sourceIndex.get(code);
      if (index === undefined) {
        index = sources.push(code) - 1;
        sourceIndex.set(code, index);
      }
      return index;
    };
    const payloadSlots: IsolateSlot[] = isolateSlots.map((s) => {
      const { parts, single } = slots[s].parsed;
      const mapped = parts.map((part) => (typeof part === 'string' ? part : indexOf(part.code)));
      return single ? (mapped[0] as number) : mapped;
    });
    const payload = buildPayload({
      sources,
      slots: payloadSlots,
      rows,
      indexes,
      context: input.context,
      now: Date.now(),
    });
    const evaluations = rows.length * isolateSlots.length;
    const limit = input.timeoutMs * Math.max(1, Math.ceil(evaluations / EVALUATIONS_PER_TIMEOUT));
    const outcome = await input.isolate.evaluate(payload, limit);
    const W = isolateSlots.length;
    const failAll = (message: string) => rows.forEach((_, r) => fail(r, isolateSlots[0], message));
    if (outcome.ok) {
      const reply = JSON.parse(outcome.reply) as { v?: unknown[]; s?: unknown[][]; fatal?: string };
      if (reply.fatal !== undefined) failAll(reply.fatal);
      else {
        const flat = reply.v!;
        for (let r = 0; r < rows.length; r++) {
          const target = values[r];
          for (let w = 0; w < W; w++) target[isolateSlots[w]] = flat[r * W + w];
        }
        for (const special of reply.s!) {
          const [k, code, source, message] = special as [number, number, number?, string?];
          const r = Math.floor(k / W);
          const s = isolateSlots[k % W];
          if (code < 4) values[r][s] = SPECIAL_VALUES[code];
          else fail(r, s, explainFailure(message!, source! >= 0 ? sources[source!] : undefined));
        }
      }
    } else if (outcome.reason === 'timeout') {
      const stuck = outcome.row >= 0 ? Math.floor(outcome.row / W) : -1;
      const slot = outcome.row >= 0 ? isolateSlots[outcome.row % W] : isolateSlots[0];
      const took = `took longer than ${limit} ms (is there an endless loop?); evaluation stopped`;
      rows.forEach((_, r) => {
        if (r === stuck) fail(r, slot, `the expression ${took}`);
        else
          fail(
            r,
            slot,
            `not evaluated: the expression for item ${stuck === -1 ? '?' : itemIndex(indexes, stuck)} ${took}`,
          );
      });
    } else if (outcome.reason === 'memory') {
      // The items sent in count against the limit too; say so when they are a big part of it.
      const dataMb = Math.round(payload.length / 1_048_576);
      const data = dataMb * 10 >= input.memoryLimitMb ? ` (the items alone are ${dataMb} MB of JSON)` : '';
      failAll(
        `expressions used more than ${input.memoryLimitMb} MB of memory${data} and were stopped; simplify them or raise the memory limit`,
      );
    } else failAll(`expressions could not be evaluated: ${outcome.message}`);
  }

  return rows.map((_, r) => {
    const failure = failures[r];
    if (failure === undefined) return { ok: true, values: values[r] };
    const parameter = slots[failure.slot].path;
    const index = itemIndex(indexes, r);
    const message = locate(nodeName, parameter, index) + failure.message;
    return { ok: false, error: new ExpressionError(message, nodeName, parameter, index) };
  });
}

function itemIndex(indexes: number[] | null, row: number): number {
  return indexes ? indexes[row] : row;
}
