import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { StepError, StepStatus } from '@ainow/engine/runtime';
import { logger } from '../common/logger';

/** How long a run's steps in flight stay in Redis after the last step started (a worker may die). */
const STEPS_IN_FLIGHT_TTL_S = 24 * 3600;

/** A finished step as events carry it (no items: those are read from the API page by page). */
export interface StepSummary {
  index: number;
  nodeId: string;
  nodeName: string;
  nodeType: string;
  status: StepStatus;
  itemsIn: number;
  itemsOut: Record<string, number>;
  durationMs: number;
  error?: StepError;
}

export interface WebhookResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface StepStarted {
  type: 'step-started';
  runId: string;
  index: number;
  nodeId: string;
  nodeName: string;
}

/** A step that has started and not yet finished, as a stream's snapshot lists it. */
export type StepInFlight = Pick<StepStarted, 'index' | 'nodeId' | 'nodeName'>;

export type RunEvent =
  | StepStarted
  | { type: 'step-finished'; runId: string; step: StepSummary; webhookResponse?: WebhookResponse }
  | {
      type: 'run-finished';
      runId: string;
      status: string;
      error: { message: string; nodeId?: string } | null;
      waitUntil?: string;
    }
  | { type: 'cancel'; runId: string };

/**
 * Live run progress for SSE, webhooks that wait for their answer, and cancellation. Events are
 * emitted in this process and, in queue mode, relayed over Redis pub/sub: progress on one channel
 * per run (`<prefix>:run:<runId>`), cancellations on `<prefix>:run-control`, which every process
 * hears. A process that listens to runs (an API process) subscribes once to the pattern
 * `<prefix>:run:*`, on its first listener, and reads only the messages of runs it listens to; so
 * listening costs no Redis round trip per run. Publishing is batched: the events of one turn of
 * the event loop go to Redis in one pipeline.
 *
 * The steps in flight (started, not finished) are kept too, so that a stream opened mid-step can
 * show them: in this process's memory for the runs it runs, and in queue mode in a Redis hash per
 * run (`<prefix>:run-steps:<runId>`), written in the same pipeline as the events.
 *
 * @example
 * const off = await events.listen(runId, (event) => console.log(event.type));
 * events.publish({ type: 'cancel', runId });
 */
export class RunEvents {
  private readonly emitter = new EventEmitter();
  private readonly origin = randomUUID();
  private publisher?: Redis;
  private subscriber?: Redis;
  private prefix = '';
  /** Local listeners per run (messages of other runs are not even parsed). */
  private readonly listening = new Map<string, number>();
  private patternSubscribed?: Promise<void>;
  private outbox: Array<[channel: string, message: string, event: RunEvent]> = [];
  /** Steps started and not finished, per run, of the runs this process runs. */
  private readonly inFlight = new Map<string, Map<number, StepInFlight>>();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  /** Relays events through Redis (queue mode). */
  async connect(publisher: Redis, subscriber: Redis, prefix: string): Promise<void> {
    this.publisher = publisher;
    this.subscriber = subscriber;
    this.prefix = prefix;
    await subscriber.subscribe(this.control);
    subscriber.on('message', (_channel: string, message: string) => this.receive(message));
    const runPrefix = this.channelOf('');
    subscriber.on('pmessage', (_pattern: string, channel: string, message: string) => {
      if (this.listening.has(channel.slice(runPrefix.length))) this.receive(message);
    });
  }

  private receive(message: string): void {
    try {
      const { origin, event } = JSON.parse(message) as { origin: string; event: RunEvent };
      if (origin !== this.origin) this.emitter.emit(event.runId, event);
    } catch (error) {
      logger.warn({ err: error }, 'ignored a run event that is not JSON');
    }
  }

  private get control(): string {
    return `${this.prefix}:run-control`;
  }

  private channelOf(runId: string): string {
    return `${this.prefix}:run:${runId}`;
  }

  private stepsKeyOf(runId: string): string {
    return `${this.prefix}:run-steps:${runId}`;
  }

  publish(event: RunEvent): void {
    this.track(event);
    this.emitter.emit(event.runId, event);
    if (!this.publisher) return;
    const channel = event.type === 'cancel' ? this.control : this.channelOf(event.runId);
    if (!this.outbox.length) setImmediate(() => this.flush());
    this.outbox.push([channel, JSON.stringify({ origin: this.origin, event }), event]);
  }

  private track(event: RunEvent): void {
    if (event.type === 'step-started') {
      const steps = this.inFlight.get(event.runId) ?? new Map<number, StepInFlight>();
      steps.set(event.index, { index: event.index, nodeId: event.nodeId, nodeName: event.nodeName });
      this.inFlight.set(event.runId, steps);
    } else if (event.type === 'step-finished') {
      const steps = this.inFlight.get(event.runId);
      steps?.delete(event.step.index);
      if (steps && !steps.size) this.inFlight.delete(event.runId);
    } else if (event.type === 'run-finished') this.inFlight.delete(event.runId);
  }

  /** Sends the events of this turn in one pipeline (in order), with the steps in flight. */
  private flush(): void {
    const batch = this.outbox;
    this.outbox = [];
    if (!batch.length || !this.publisher) return;
    const pipeline = this.publisher.pipeline();
    for (const [channel, message, event] of batch) {
      pipeline.publish(channel, message);
      const key = this.stepsKeyOf(event.runId);
      if (event.type === 'step-started') {
        const { index, nodeId, nodeName } = event;
        pipeline.hset(key, String(index), JSON.stringify({ index, nodeId, nodeName }));
        pipeline.expire(key, STEPS_IN_FLIGHT_TTL_S);
      } else if (event.type === 'step-finished') pipeline.hdel(key, String(event.step.index));
      else if (event.type === 'run-finished') pipeline.del(key);
    }
    void pipeline.exec().catch(() => undefined);
  }

  /** The run's steps that have started and not finished, in start order. */
  async stepsInFlight(runId: string): Promise<StepInFlight[]> {
    const local = this.inFlight.get(runId);
    if (local) return [...local.values()].sort((a, b) => a.index - b.index);
    if (!this.publisher) return [];
    const stored = await this.publisher.hgetall(this.stepsKeyOf(runId)).catch(() => ({}));
    return Object.values(stored)
      .map((json) => JSON.parse(json) as StepInFlight)
      .sort((a, b) => a.index - b.index);
  }

  /** Listens to a run's events; resolves once events from other processes will arrive too. */
  async listen(runId: string, listener: (event: RunEvent) => void): Promise<() => void> {
    this.emitter.on(runId, listener);
    this.listening.set(runId, (this.listening.get(runId) ?? 0) + 1);
    if (this.subscriber) {
      this.patternSubscribed ??= this.subscriber.psubscribe(this.channelOf('*')).then(
        () => undefined,
        (error: unknown) => {
          this.patternSubscribed = undefined; // the next listener tries again
          logger.warn({ err: error }, 'could not subscribe to run events');
        },
      );
      await this.patternSubscribed;
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.emitter.off(runId, listener);
      const left = (this.listening.get(runId) ?? 1) - 1;
      if (left > 0) this.listening.set(runId, left);
      else this.listening.delete(runId);
    };
  }

  /** Listens in this process only (cancellations reach every process anyway). */
  on(runId: string, listener: (event: RunEvent) => void): () => void {
    this.emitter.on(runId, listener);
    return () => this.emitter.off(runId, listener);
  }

  /**
   * Starts waiting for an event matching `until` (or the time limit). The outer promise resolves
   * once listening has begun; then start the run, then await the inner promise.
   */
  async waitFor(
    runId: string,
    until: (event: RunEvent) => boolean,
    timeoutMs: number,
  ): Promise<{ event: Promise<RunEvent | undefined> }> {
    let resolve!: (event: RunEvent | undefined) => void;
    // Wrapped in an object: an async function returning a bare promise would wait for it.
    const event = new Promise<RunEvent | undefined>((r) => (resolve = r));
    let off: () => void = () => undefined;
    const timer = setTimeout(() => {
      off();
      resolve(undefined);
    }, timeoutMs);
    off = await this.listen(runId, (e) => {
      if (!until(e)) return;
      clearTimeout(timer);
      off();
      resolve(e);
    });
    return { event };
  }

  async close(): Promise<void> {
    this.flush();
    this.emitter.removeAllListeners();
    await this.subscriber?.quit().catch(() => undefined);
  }
}
