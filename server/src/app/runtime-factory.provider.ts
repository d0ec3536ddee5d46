import type { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { RateLimiter } from '@ainow/engine/runtime';
import type { NodeRegistry } from '@ainow/engine/sdk';
import { CredentialsService } from '../credentials/credentials.service';
import { RUNTIME_FACTORY } from '../runs/run-worker';
import { NODE_REGISTRY, RATE_LIMITER } from '../runs/run-job';
import { RuntimeFactory } from '../runs/runtime.factory';
import { WorkflowsService } from '../workflows/workflows.service';

export const runtimeFactoryProvider: Provider = {
  provide: RUNTIME_FACTORY,
  useFactory: (registry: NodeRegistry, ds: DataSource, credentials: CredentialsService, workflows: WorkflowsService, rateLimiter: RateLimiter) =>
    new RuntimeFactory({ registry, ds, credentials, workflows, rateLimiter }),
  inject: [NODE_REGISTRY, getDataSourceToken(), CredentialsService, WorkflowsService, RATE_LIMITER],
};
