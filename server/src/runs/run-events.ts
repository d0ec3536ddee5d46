import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { StepError, StepStatus } from '@ainow/engine/runtime';
import { logger } from '../common/logger';

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

export type RunEvent =
  | { type: 'step-started'; runId: string; index: number; nodeId: string; nodeName: string }
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
 * emitted in this process and, in queue mode, relayed to every other process over one Redis
 * pub/sub channel (`<prefix>:run-events`).
 *
 * @example
 * const off = events.on(runId, (event) => console.log(event.type));
 * events.publish({ type: 'cancel', runId });
 */
export class RunEvents {
  private readonly emitter = new EventEmitter();
  private readonly origin = randomUUID();
  private publisher?: Redis;
  private subscriber?: Redis;
  private channel = '';

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  /** Relays events through Redis (queue mode). */
  async connect(publisher: Redis, subscriber: Redis, prefix: string): Promise<void> {
    this.publisher = publisher;
    this.subscriber = subscriber;
    this.channel = `${prefix}:run-events`;
    await subscriber.subscribe(this.channel);
    subscriber.on('message', (_channel: string, message: string) => {
      try {
        const { origin, event } = JSON.parse(message) as { origin: string; event: RunEvent };
        if (origin !== this.origin) this.emitter.emit(event.runId, event);
      } catch (error) {
        logger.warn({ err: error }, 'ignored a run event that is not JSON');
      }
    });
  }

  publish(event: RunEvent): void {
    this.emitter.emit(event.runId, event);
    if (this.publisher)
      void this.publisher
        .publish(this.channel, JSON.stringify({ origin: this.origin, event }))
        .catch(() => undefined);
  }

  on(runId: string, listener: (event: RunEvent) => void): () => void {
    this.emitter.on(runId, listener);
    return () => this.emitter.off(runId, listener);
  }

  /** Waits for an event matching `until` (or the time limit). */
  waitFor(
    runId: string,
    until: (event: RunEvent) => boolean,
    timeoutMs: number,
  ): Promise<RunEvent | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        off();
        resolve(undefined);
      }, timeoutMs);
      const off = this.on(runId, (event) => {
        if (!until(event)) return;
        clearTimeout(timer);
        off();
        resolve(event);
      });
    });
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
    await this.subscriber?.quit().catch(() => undefined);
  }
}
