import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { RateLimiter } from '@ainow/engine/runtime';
import type { NodeRegistry } from '@ainow/engine/sdk';
import { SERVER_CONFIG, type ServerConfig } from '../config/config';
import { CredentialsService } from '../credentials/credentials.service';
import { RUNTIME_FACTORY } from '../runs/run-worker';
import { NODE_REGISTRY, RATE_LIMITER } from '../runs/run-job';
import { RuntimeFactory } from '../runs/runtime.factory';
import { WorkflowsService } from '../workflows/workflows.service';

export const runtimeFactoryProvider: Provider = {
  provide: RUNTIME_FACTORY,
  useFactory: (
    registry: NodeRegistry,
    ds: DataSource,
    credentials: CredentialsService,
    workflows: WorkflowsService,
    rateLimiter: RateLimiter,
    config: ServerConfig,
  ) =>
    new RuntimeFactory({
      registry,
      ds,
      credentials,
      workflows,
      rateLimiter,
      inlineWaitMs: config.AINOW_INLINE_WAIT_MS,
    }),
  inject: [
    NODE_REGISTRY,
    getDataSourceToken(),
    CredentialsService,
    WorkflowsService,
    RATE_LIMITER,
    SERVER_CONFIG,
  ],
};
