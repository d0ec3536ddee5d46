import ivm from 'isolated-vm';
import { DATE_TIME_SOURCE } from './date-time.source';
import { EXPRESSION_RUNTIME_SOURCE } from './expression-runtime.source';
import { HARDEN_SOURCE } from './harden.source';
import { ITEM_ACCESS_SOURCE } from './item-access.source';

/**
 * One isolate + context for an evaluator, bootstrapped with the expression runtime. Created on
 * first use and again after the isolate was disposed (memory limit). Calls are asynchronous, so a
 * long evaluation never blocks the host's event loop, and each has a time limit.
 *
 * @example
 * const isolate = new ExpressionIsolate(128);
 * const outcome = await isolate.evaluate(payloadJson, 1000); // { ok: true, reply: '{"v":[...],"s":[]}' }
 */
export type IsolateOutcome =
  | { ok: true; reply: string }
  | { ok: false; reason: 'timeout'; row: number }
  | { ok: false; reason: 'memory' }
  | { ok: false; reason: 'failed'; message: string };

interface Live {
  isolate: ivm.Isolate;
  context: ivm.Context;
  evaluate: ivm.Reference<(payload: string) => string>;
  position: ivm.Reference<() => number>;
}

export class ExpressionIsolate {
  private live: Live | undefined;

  constructor(private readonly memoryLimitMb: number) {}

  async evaluate(payload: string, timeoutMs: number): Promise<IsolateOutcome> {
    const live = this.ensure();
    try {
      const reply = (await live.evaluate.apply(undefined, [payload], { timeout: timeoutMs })) as string;
      return { ok: true, reply };
    } catch (error) {
      if (live.isolate.isDisposed) {
        // dispose() clears `live` first; otherwise V8 stopped the isolate at the memory limit.
        if (this.live !== live)
          return { ok: false, reason: 'failed', message: 'the evaluator was shut down' };
        this.live = undefined;
        return { ok: false, reason: 'memory' };
      }
      // Errors from isolated-vm may belong to another realm: read the message without instanceof.
      const message = String((error as { message?: unknown } | null)?.message ?? error);
      if (/timed out/i.test(message)) return { ok: false, reason: 'timeout', row: this.readPosition(live) };
      return { ok: false, reason: 'failed', message };
    }
  }

  dispose(): void {
    const live = this.live;
    this.live = undefined;
    if (live && !live.isolate.isDisposed) live.isolate.dispose();
  }

  private ensure(): Live {
    if (this.live && !this.live.isolate.isDisposed) return this.live;
    const isolate = new ivm.Isolate({ memoryLimit: this.memoryLimitMb });
    try {
      const context = isolate.createContextSync();
      context.evalSync(
        `(${EXPRESSION_RUNTIME_SOURCE})(globalThis, ${DATE_TIME_SOURCE}, ${ITEM_ACCESS_SOURCE}, ${HARDEN_SOURCE});`,
        { timeout: 5000 },
      );
      this.live = {
        isolate,
        context,
        evaluate: context.global.getSync('__ainowEvaluate', { reference: true }),
        position: context.global.getSync('__ainowPosition', { reference: true }),
      };
      return this.live;
    } catch (error) {
      isolate.dispose();
      throw error;
    }
  }

  private readPosition(live: Live): number {
    try {
      return live.position.applySync(undefined, [], { timeout: 100 }) as number;
    } catch {
      return -1;
    }
  }
}
