import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createHttpClient, type RateLimiter } from '@ainow/engine/runtime';
import type { Item, NodeRegistry, RunContext } from '@ainow/engine/sdk';
import { parametersWithDefaults, type Workflow } from '@ainow/engine/workflow';
import { logger } from '../common/logger';
import { CredentialsService } from '../credentials/credentials.service';
import { TypeOrmNodeStateStore } from '../runs/adapters/typeorm-node-state.adapter';
import { NODE_REGISTRY, RATE_LIMITER } from '../runs/run-job';

/**
 * Calls a polling trigger's `poll(ctx)` on its interval. The node keeps its cursor and the ids it
 * has seen in `ctx.state` (stored per workflow and node), so each poll returns only new items.
 */
@Injectable()
export class PollRunner {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(NODE_REGISTRY) private readonly registry: NodeRegistry,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    private readonly credentials: CredentialsService,
  ) {}

  async poll(doc: Workflow, workflowId: string, nodeId: string): Promise<Item[]> {
    const node = doc.nodes.find((n) => n.id === nodeId);
    const def = node && this.registry.get(node.type, node.version);
    if (!node || !def?.poll) return [];
    const props = parametersWithDefaults(def.props, node.parameters);
    const credentialId = def.credential ? node.credentials?.[def.credential.type] : undefined;
    const credential = credentialId
      ? await this.credentials.resolve({ id: credentialId, type: def.credential!.type })
      : undefined;
    const signal = AbortSignal.timeout(60_000);
    const log = logger.child({ workflowId, nodeId });
    const cache = new Map<string, unknown>();
    const unsupported = (what: string) => () => {
      throw new Error(`${what} is not available while polling`);
    };
    const ctx: RunContext<Record<string, unknown>> = {
      props,
      credential,
      http: createHttpClient({
        credential,
        credentialType: def.credential ? this.registry.credential(def.credential.type) : undefined,
        rateLimit: def.rateLimit,
        rateLimitKey: credential ? `${credential.type}:${credential.id}` : `${def.type}:anonymous`,
        limiter: this.limiter,
        signal,
        tokenCache: { get: (k) => cache.get(k), set: (k, v) => void cache.set(k, v) },
      }),
      state: new TypeOrmNodeStateStore(this.ds).forNode(workflowId, nodeId),
      logger: {
        debug: (m, d) => log.debug(d, m),
        info: (m, d) => log.info(d, m),
        warn: (m, d) => log.warn(d, m),
        error: (m, d) => log.error(d, m),
      },
      signal,
      dryRun: false,
      run: {
        runId: `poll:${workflowId}:${nodeId}`,
        mode: 'poll',
        workflowId,
        workflowName: doc.name,
        timezone: doc.settings?.timezone ?? 'UTC',
        dryRun: false,
      },
      node: { id: node.id, name: node.name, type: node.type },
      renderTemplate: unsupported('renderTemplate'),
      runCode: unsupported('runCode'),
      executeWorkflow: unsupported('executeWorkflow'),
      respond: unsupported('respond'),
      reportUsage: (usage) => log.debug({ usage }, 'usage'),
      inputs: {},
      items: [],
      propsFor: () => props,
      wait: unsupported('wait'),
      runState: new Map(),
    };
    return def.poll(ctx);
  }
}
