import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createHttpClient, type RateLimiter } from '@ainow/engine/runtime';
import type { AnyNodeDefinition, NodeRegistry, RunContext } from '@ainow/engine/sdk';
import { logger } from '../common/logger';
import { CredentialsService } from '../credentials/credentials.service';
import { TypeOrmNodeStateStore } from '../runs/adapters/typeorm-node-state.adapter';
import { NODE_REGISTRY, RATE_LIMITER } from '../runs/run-job';

export interface StandaloneTarget {
  def: AnyNodeDefinition;
  /** Parameters with defaults applied (not evaluated: there is no item). */
  props: Record<string, unknown>;
  credentialId?: string;
  workflowId: string;
  workflowName: string;
  nodeId: string;
  nodeName: string;
  purpose: 'poll' | 'loadOptions';
  timezone?: string;
}

/**
 * A node's `ctx` outside a run: for a polling trigger's `poll` and for `loadOptions` (the
 * editor's dropdowns filled from the vendor). It has the credential, `http` with the node's rate
 * limit, the node's stored state and a logger; what only a run has (items, waits, sub-workflows,
 * code, templates) says so when called.
 *
 * @example
 * const ctx = await contexts.build({ def, props, credentialId, workflowId, ..., purpose: 'poll' });
 * const items = await def.poll!(ctx);
 */
@Injectable()
export class StandaloneContexts {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(NODE_REGISTRY) private readonly registry: NodeRegistry,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
    private readonly credentials: CredentialsService,
  ) {}

  async build(target: StandaloneTarget): Promise<RunContext<Record<string, unknown>>> {
    const { def, props } = target;
    const credential =
      target.credentialId && def.credential
        ? await this.credentials.resolve({ id: target.credentialId, type: def.credential.type })
        : undefined;
    const signal = AbortSignal.timeout(60_000);
    const log = logger.child({ workflowId: target.workflowId, nodeId: target.nodeId });
    const cache = new Map<string, unknown>();
    const unsupported = (what: string) => () => {
      throw new Error(`${what} is not available in ${target.purpose === 'poll' ? 'a poll' : 'loadOptions'}`);
    };
    return {
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
      state: new TypeOrmNodeStateStore(this.ds).forNode(target.workflowId, target.nodeId),
      logger: {
        debug: (m, d) => log.debug(d, m),
        info: (m, d) => log.info(d, m),
        warn: (m, d) => log.warn(d, m),
        error: (m, d) => log.error(d, m),
      },
      signal,
      dryRun: false,
      run: {
        runId: `${target.purpose}:${target.workflowId}:${target.nodeId}`,
        mode: target.purpose === 'poll' ? 'poll' : 'manual',
        workflowId: target.workflowId,
        workflowName: target.workflowName,
        timezone: target.timezone ?? 'UTC',
        dryRun: false,
      },
      node: { id: target.nodeId, name: target.nodeName, type: def.type },
      renderTemplate: unsupported('renderTemplate'),
      runCode: unsupported('runCode'),
      executeWorkflow: unsupported('executeWorkflow'),
      respond: unsupported('respond'),
      reportUsage: (usage) => log.debug({ usage }, 'usage'),
      resources: { save: unsupported('resources'), load: unsupported('resources') },
      inputs: {},
      items: [],
      propsFor: () => props,
      wait: unsupported('wait'),
      runState: new Map(),
    };
  }
}
