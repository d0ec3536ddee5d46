import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '../app/core.providers';
import { SERVER_CONFIG, type ServerConfig } from '../config/config';

/** What a test event runs: the workflow's trigger node, in the sandbox or not. */
export interface TestListener {
  workflowId: string;
  nodeId: string;
  sandbox: boolean;
}

/**
 * The editor's test listeners: "listen for a test event" registers method + path for a while;
 * a request to `/webhook-test/<path>` then runs the workflow's current version in test mode, even
 * when the workflow is not active. Each listener answers one request. In queue mode listeners
 * live in Redis (`<prefix>:test-webhook:<METHOD> <path>`, expiring with the listener, taken with
 * GETDEL), so the request may reach any API process and exactly one of them takes it; in the
 * embedded default they live in this process.
 *
 * @example
 * await listeners.listen('POST', 'lead-form', workflowId, nodeId, 120_000);
 * const listener = await listeners.take('POST', 'lead-form'); // once
 */
@Injectable()
export class WebhookListeners {
  private readonly listeners = new Map<string, TestListener & { until: number }>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  async listen(
    method: string,
    path: string,
    workflowId: string,
    nodeId: string,
    ttlMs: number,
    sandbox = false,
  ): Promise<{ until: string }> {
    const until = Date.now() + ttlMs;
    const listener: TestListener = { workflowId, nodeId, sandbox };
    if (this.redis) await this.redis.set(this.keyOf(method, path), JSON.stringify(listener), 'PX', ttlMs);
    else this.listeners.set(this.keyOf(method, path), { ...listener, until });
    return { until: new Date(until).toISOString() };
  }

  /** Takes the listener (each one answers a single test event). */
  async take(method: string, path: string): Promise<TestListener | undefined> {
    const key = this.keyOf(method, path);
    if (this.redis) {
      const found = await this.redis.getdel(key);
      return found ? (JSON.parse(found) as TestListener) : undefined;
    }
    const found = this.listeners.get(key);
    if (!found) return undefined;
    this.listeners.delete(key);
    return found.until >= Date.now()
      ? { workflowId: found.workflowId, nodeId: found.nodeId, sandbox: found.sandbox }
      : undefined;
  }

  private keyOf(method: string, path: string): string {
    const key = `${method.toUpperCase()} ${path}`;
    return this.redis ? `${this.config.AINOW_QUEUE_PREFIX}:test-webhook:${key}` : key;
  }
}
