import type { Item, PortItems } from '../workflow/item';
import type { ItemContext, RunContext, WaitRequest } from '../sdk/node-context';
import type { ResolvedCredential } from '../sdk/credential-type';
import { effectOf, outputPortsOf } from '../sdk/node-definition';
import type { ParameterResult } from '../expression/expression-evaluator.port';
import type { GraphNode } from './run-graph';
import { expressionContext, type RunSession } from './run-session';
import { countItems, type InputSegment, type StepLog, type StepRecord } from './step-record';
import { baseContext } from './step-context';
import { withRetry } from './retry';
import { sleep } from './sleep';
import { UncertainEffectError, WaitSignal } from './wait-signal';
import { errorItem, mergeInto, runOutput } from './step-output';
import { containsExpression, literalProps, withDefaults } from './node-props';
import { runItems } from './run-items';
import { previewState } from './preview-state';

export interface StepInput {
  index: number;
  runIndex: number;
  items: PortItems;
  segments: Record<string, InputSegment[]>;
}

/** Thrown out of a step to fail the node; carries the item it concerns. */
export class StepFailure extends Error {
  constructor(
    message: string,
    readonly itemIndex?: number,
    readonly description?: string,
    readonly retries = 0,
  ) {
    super(message);
  }
}

async function resolveCredential(session: RunSession, g: GraphNode): Promise<ResolvedCredential | undefined> {
  const wanted = g.def.credential;
  if (!wanted) return undefined;
  const id = g.node.credentials?.[wanted.type];
  if (!id) {
    // An optional credential nobody chose stays unset, in sandbox runs too (HTTP Request without auth).
    if (wanted.required === false) return undefined;
    if (session.deps.credentials?.resolveMissing) return session.deps.credentials.resolveMissing(wanted.type);
    throw new StepFailure(
      `node '${g.node.name}' needs a credential of type ${wanted.type}; choose one in the node's settings`,
    );
  }
  if (!session.deps.credentials)
    throw new StepFailure(`no credentials are available to this run (node '${g.node.name}')`);
  return session.deps.credentials.resolve({ id, type: wanted.type });
}

function waiter(session: RunSession) {
  return async (request: WaitRequest): Promise<void> => {
    if (request.forResume) throw new WaitSignal(undefined);
    const until = request.until === undefined ? Date.now() : new Date(request.until).getTime();
    if (!Number.isFinite(until))
      throw new StepFailure(`cannot wait until '${String(request.until)}': not a date`);
    const ms = until - Date.now();
    if (ms <= (session.deps.inlineWaitMs ?? 5000)) return sleep(Math.max(0, ms), session.signal);
    throw new WaitSignal(new Date(until));
  };
}

function retryLog(logs: StepLog[]) {
  return (n: number, error: unknown, delay: number): void => {
    logs.push({
      level: 'warn',
      message: `try ${n} failed (${(error as Error).message}); trying again in ${delay} ms`,
      at: new Date().toISOString(),
    });
  };
}

/**
 * Whether a polling trigger fetches in this run: not when its poll started the run (the items are
 * the poll's) or when the caller gave the trigger items (`ainow run --input`).
 */
function pollsInThisRun(session: RunSession): boolean {
  return session.info.mode !== 'poll' && session.options.triggerItems === undefined;
}

/** Runs one node step: evaluates parameters, calls the node, applies retry, onError and the ledger. */
export async function executeStep(session: RunSession, g: GraphNode, input: StepInput): Promise<StepRecord> {
  const started = new Date();
  const t0 = performance.now();
  const logs: StepLog[] = [];
  const usage: Record<string, number> = {};
  const { node, def } = g;
  const mainItems = input.items.main ?? [];
  const params = withDefaults(def, node.parameters);
  const ports = outputPortsOf(def, params, node.onError);
  const itemsIn = Object.values(input.items).reduce((n, items) => n + items.length, 0);
  const record = (fields: Partial<StepRecord> & Pick<StepRecord, 'status' | 'output'>): StepRecord => ({
    runId: session.runId,
    index: input.index,
    nodeId: node.id,
    nodeName: node.name,
    nodeType: node.type,
    runIndex: input.runIndex,
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: Math.round((performance.now() - t0) * 1000) / 1000,
    input: input.segments,
    itemsIn,
    itemsOut: countItems(fields.output),
    retries: 0,
    logs,
    ...(Object.keys(usage).length ? { usage } : {}),
    ...fields,
  });

  const pinned = session.usePinData ? session.workflow.pinData?.[node.id] : undefined;
  if (pinned) {
    const output = {
      [ports[0] ?? 'main']: pinned.map((item, i) => ({
        ...(item as Item),
        pairedItem: { item: Math.min(i, Math.max(0, mainItems.length - 1)) },
      })),
    };
    return record({ status: 'success', output, pinned: true });
  }
  if (node.disabled) return record({ status: 'success', output: { [ports[0] ?? 'main']: mainItems } });
  // A polling trigger in a run its poll did not start (the editor's Run, `ainow run`) fetches now.
  const pollNow = Boolean(def.poll && !def.run && !def.runItem && pollsInThisRun(session));
  // A trigger that only says how a request becomes items (SendGrid events, Twilio SMS) passes them on.
  if (def.trigger && !def.run && !def.runItem && !pollNow) {
    const started = mainItems.map((item, i) => ({ ...item, pairedItem: { item: i } }));
    return record({ status: 'success', output: { [ports[0] ?? 'main']: started } });
  }

  const onError = node.onError ?? 'stop';
  let retries = 0;
  try {
    const credential = await resolveCredential(session, g);
    const context = expressionContext(session, input.segments);
    const base = baseContext(session, g, context, credential, logs, usage);
    const skip = literalProps(def);
    let results: ParameterResult[] | undefined;
    if (containsExpression(params, skip)) {
      results = await session.deps.evaluator.evaluateParameters({
        nodeName: node.name,
        parameters: params,
        skip,
        items: mainItems.length ? mainItems : [{ json: {} }],
        context,
      });
    }
    const propsFor = (i: number): Record<string, unknown> => {
      const r = results?.[i] ?? results?.[0];
      if (!r) return params;
      if (!r.ok) throw new StepFailure(r.error.message, r.error.itemIndex);
      return r.value;
    };
    const effect = effectOf(def, params);

    if (def.run || pollNow) {
      const runState = session.runStates.get(node.id) ?? new Map<string, unknown>();
      session.runStates.set(node.id, runState);
      let response: StepRecord['response'];
      const ctx: RunContext<Record<string, unknown>> = {
        ...base,
        respond: (reply) => {
          response = reply;
          session.options.hooks?.webhookResponse?.(reply);
        },
        props: propsFor(0),
        inputs: input.items,
        items: mainItems,
        propsFor,
        runState,
        wait: waiter(session),
      };
      if (pollNow) {
        // Its state is a throw-away overlay: the run shows what the next check would find, and
        // the stored cursor stays where it is.
        const polling = { ...ctx, state: previewState(base.state) };
        const attempt = await withRetry(() => def.poll!(polling), node.retry, session.signal, retryLog(logs));
        retries = attempt.retries;
        const output = attempt.value.map((item) => ({ ...item, pairedItem: { item: 0 } }));
        return record({ status: 'success', output: { [ports[0] ?? 'main']: output }, retries });
      }
      if (session.info.dryRun && effect !== 'read') {
        const output = {
          [ports[0] ?? 'main']: mainItems.map((item, i) => ({
            json: { ...item.json, dryRun: { node: node.name, wouldSend: propsFor(i) } },
            pairedItem: { item: i },
          })),
        };
        return record({ status: 'success', output, dryRun: true });
      }
      const attempt = await withRetry(() => def.run!(ctx), node.retry, session.signal, retryLog(logs));
      retries = attempt.retries;
      return record({
        status: 'success',
        output: runOutput(attempt.value, ports, mainItems.length),
        retries,
        response,
      });
    }

    const outcome = await runItems(session, g, {
      items: mainItems,
      runIndex: input.runIndex,
      effect,
      propsFor,
      ports,
      contextFor: (i, props): ItemContext<Record<string, unknown>> => ({
        ...base,
        props,
        itemIndex: i,
        idempotencyKey: `${session.runId}:${node.id}:${input.runIndex}:${i}`,
      }),
      logs,
    });
    retries = outcome.retries;
    if (session.signal.aborted) throw session.signal.reason;
    const output: PortItems = {};
    for (const port of ports) output[port] = [];
    const failed = outcome.results.findIndex((r) => 'error' in r);
    if (failed >= 0 && onError === 'stop') {
      const error = (outcome.results[failed] as { error: unknown }).error;
      if (error instanceof UncertainEffectError)
        throw new StepFailure(error.message, failed, undefined, retries);
      throw new StepFailure(
        `${node.name}, item ${failed}: ${(error as Error).message}`,
        failed,
        undefined,
        retries,
      );
    }
    outcome.results.forEach((r, i) => {
      if ('output' in r) mergeInto(output, r.output);
      else {
        const failedItem = errorItem(mainItems[i], i, (r.error as Error).message, node.id);
        (output[onError === 'route' ? 'error' : (ports[0] ?? 'main')] ??= []).push(failedItem);
      }
    });
    return record({
      status: 'success',
      output,
      retries,
      dryRun: session.info.dryRun && effect !== 'read' ? true : undefined,
    });
  } catch (error) {
    if (error instanceof WaitSignal) {
      return record({ status: 'waiting', output: {}, waitUntil: error.until?.toISOString() });
    }
    if (session.signal.aborted) {
      return record({
        status: 'cancelled',
        output: {},
        error: { message: String((session.signal.reason as Error)?.message ?? 'cancelled') },
      });
    }
    const failure = error as StepFailure & { retries?: number; description?: string; code?: string };
    const message =
      failure instanceof StepFailure
        ? failure.message
        : `${node.name}: ${(error as Error)?.message ?? String(error)}`;
    retries = failure.retries ?? retries;
    if (onError !== 'stop' && mainItems.length) {
      const items = mainItems.map((item, i) => errorItem(item, i, message, node.id));
      const output: PortItems = {};
      for (const port of ports) output[port] = [];
      output[onError === 'route' ? 'error' : (ports[0] ?? 'main')] = items;
      return record({ status: 'success', output, retries, error: { message } });
    }
    return record({
      status: 'error',
      output: {},
      retries,
      error: { message, description: failure.description, code: failure.code, itemIndex: failure.itemIndex },
    });
  }
}
