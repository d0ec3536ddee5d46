import { Injectable } from '@nestjs/common';

/** What a test event runs: the workflow's trigger node, in the sandbox or not. */
export interface TestListener {
  workflowId: string;
  nodeId: string;
  sandbox: boolean;
}

/**
 * The editor's test listeners: "listen for a test event" registers method + path for a while;
 * a request to `/webhook-test/<path>` then runs the workflow's current version in test mode, even
 * when the workflow is not active. Kept in the memory of the API process that registered it.
 */
@Injectable()
export class WebhookListeners {
  private readonly listeners = new Map<string, TestListener & { until: number }>();

  listen(
    method: string,
    path: string,
    workflowId: string,
    nodeId: string,
    ttlMs: number,
    sandbox = false,
  ): { until: string } {
    const until = Date.now() + ttlMs;
    this.listeners.set(`${method.toUpperCase()} ${path}`, { workflowId, nodeId, sandbox, until });
    return { until: new Date(until).toISOString() };
  }

  /** Takes the listener (each one answers a single test event). */
  take(method: string, path: string): TestListener | undefined {
    const key = `${method.toUpperCase()} ${path}`;
    const found = this.listeners.get(key);
    if (!found) return undefined;
    this.listeners.delete(key);
    return found.until >= Date.now() ? found : undefined;
  }
}
