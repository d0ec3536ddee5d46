import { BullModule } from '@nestjs/bullmq';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { NodeRegistry } from '@ainow/engine/sdk';
import { AuthController } from '../auth/auth.controller';
import { AuthGuard } from '../auth/auth.guard';
import { AuthService } from '../auth/auth.service';
import type { ServerConfig } from '../config/config';
import { CredentialsController } from '../credentials/credentials.controller';
import { CredentialsService } from '../credentials/credentials.service';
import { dataSourceOptions } from '../db/data-source-options';
import { ENTITIES } from '../db/entities';
import { ExecutionsController } from '../executions/executions.controller';
import { ExecutionsService } from '../executions/executions.service';
import { ExecutionStore } from '../executions/execution-store';
import { HealthController } from '../health/health.controller';
import { NodeTypesController } from '../node-types/node-types.controller';
import { RetentionService } from '../retention/retention.service';
import { RunService } from '../runs/run.service';
import { RUNTIME_FACTORY, RunWorker } from '../runs/run-worker';
import { SANDBOX_STARTER, SandboxService, type SandboxStarter } from '../runs/sandbox.service';
import { RuntimeStepReader } from '../runs/step-reader';
import { TemplatesController } from '../templates/templates.controller';
import { TemplatesService } from '../templates/templates.service';
import { StandaloneContexts } from '../nodes/standalone-context';
import { PollRunner } from '../triggers/poll-runner';
import { TriggersService } from '../triggers/triggers.service';
import { VariablesController } from '../variables/variables.controller';
import { ResourcesController } from '../resources/resources.controller';
import { WebhookHandler } from '../webhooks/webhook-handler.service';
import { WebhookListeners } from '../webhooks/webhook-listeners';
import { WebhooksController } from '../webhooks/webhooks.controller';
import { WorkflowsController } from '../workflows/workflows.controller';
import { WorkflowsService } from '../workflows/workflows.service';
import { coreProviders, RUNS_QUEUE_NAME, TRIGGERS_QUEUE_NAME } from './core.providers';
import { Lifecycle, PROCESS_ROLE, type ProcessRole } from './lifecycle';
import { runtimeFactoryProvider } from './runtime-factory.provider';

/**
 * The server as one Nest module, configured at start: persistence, the mode-dependent core
 * (queue, scheduler, rate limiter, events), and every feature's controllers and services. The
 * same module backs `ainow start` (HTTP) and `ainow worker` (an application context, no HTTP).
 */
@Global()
@Module({})
export class AppModule {
  static forRoot(
    config: ServerConfig,
    nodes: { registry: NodeRegistry; startSandbox: SandboxStarter },
    role: ProcessRole,
  ): DynamicModule {
    const queueImports = config.queueMode
      ? [
          BullModule.forRoot({ connection: { url: config.REDIS_URL! }, prefix: config.AINOW_QUEUE_PREFIX }),
          BullModule.registerQueue({ name: RUNS_QUEUE_NAME }, { name: TRIGGERS_QUEUE_NAME }),
        ]
      : [];
    const services = [
      AuthService,
      WorkflowsService,
      CredentialsService,
      ExecutionsService,
      ExecutionStore,
      RunService,
      RunWorker,
      SandboxService,
      RuntimeStepReader,
      TriggersService,
      PollRunner,
      StandaloneContexts,
      WebhookHandler,
      WebhookListeners,
      TemplatesService,
      RetentionService,
      Lifecycle,
    ];
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(config), migrationsRun: false }),
        TypeOrmModule.forFeature(ENTITIES),
        ...queueImports,
      ],
      controllers: [
        AuthController,
        WorkflowsController,
        ExecutionsController,
        CredentialsController,
        NodeTypesController,
        TemplatesController,
        VariablesController,
        ResourcesController,
        WebhooksController,
        HealthController,
      ],
      providers: [
        ...coreProviders(config, nodes.registry),
        { provide: SANDBOX_STARTER, useValue: nodes.startSandbox },
        runtimeFactoryProvider,
        { provide: PROCESS_ROLE, useValue: role },
        { provide: APP_GUARD, useClass: AuthGuard },
        ...services,
      ],
      exports: [...services, TypeOrmModule],
    };
  }
}

export { RUNTIME_FACTORY };
