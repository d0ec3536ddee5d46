import {
  createEngineDefaults,
  createRuntime,
  type CredentialResolver,
  type RateLimiter,
  type Runtime,
  type RuntimeDeps,
} from '@ainow/engine/runtime';
import type { NodeRegistry, ResolvedCredential } from '@ainow/engine/sdk';
import type { DataSource } from 'typeorm';
import type { CredentialsService } from '../credentials/credentials.service';
import { TypeOrmEffectLedger } from './adapters/typeorm-effect-ledger.adapter';
import { TypeOrmResourceStore } from '../resources/typeorm-resource-store.adapter';
import { TypeOrmNodeStateStore } from './adapters/typeorm-node-state.adapter';
import { TypeOrmStepStore } from './adapters/typeorm-step-store.adapter';
import type { WorkflowsService } from '../workflows/workflows.service';
import { createRedactor } from './redact-secrets';

/**
 * The one place the server builds the engine: expressions, Code sandbox and templates come from
 * `createEngineDefaults()`; persistence, credentials, rate limits and sub-workflows from the
 * server's adapters. A runtime is made per run so that the secrets it resolves are redacted from
 * what it stores.
 *
 * @example
 * const factory = new RuntimeFactory({ registry, ds, credentials, workflows, rateLimiter });
 * const runtime = factory.forRun();
 */
export interface RuntimeFactoryDeps {
  registry: NodeRegistry;
  ds: DataSource;
  credentials: CredentialsService;
  workflows: WorkflowsService;
  rateLimiter: RateLimiter;
  inlineWaitMs: number;
}

export class RuntimeFactory {
  private readonly engine = createEngineDefaults();
  private readonly shared: Omit<RuntimeDeps, 'stepStore' | 'credentials'>;

  constructor(private readonly deps: RuntimeFactoryDeps) {
    this.shared = {
      registry: deps.registry,
      evaluator: this.engine.evaluator,
      runCode: this.engine.runCode,
      renderTemplate: this.engine.renderTemplate,
      ledger: new TypeOrmEffectLedger(deps.ds),
      nodeState: new TypeOrmNodeStateStore(deps.ds),
      resources: new TypeOrmResourceStore(deps.ds),
      rateLimiter: deps.rateLimiter,
      workflows: {
        load: async (ref) => {
          if (!ref.workflowId)
            throw new Error('on the server, Execute Workflow names a workflow by id, not by file');
          const row = await deps.workflows.row(ref.workflowId);
          return deps.workflows.version(row.id, row.version);
        },
      },
      inlineWaitMs: deps.inlineWaitMs,
    };
  }

  /**
   * A runtime for one run, and the step store it writes through (load the run's stored steps with
   * it). A sandbox run passes the sandbox's resolver: stored credentials are then never read.
   */
  forRun(sandbox?: CredentialResolver): {
    runtime: Runtime;
    steps: TypeOrmStepStore;
    redact: <T>(value: T) => T;
  } {
    const redactor = createRedactor();
    const steps = new TypeOrmStepStore(this.deps.ds, redactor.redact);
    const runtime = createRuntime({
      ...this.shared,
      stepStore: steps,
      credentials: sandbox ?? {
        resolve: async (ref): Promise<ResolvedCredential> => {
          const credential = await this.deps.credentials.resolve(ref);
          redactor.add(this.deps.credentials.secretValuesOf(credential));
          return credential;
        },
      },
    });
    return { runtime, steps, redact: redactor.redact };
  }

  /** The step store without a run (reading stored steps). */
  stepStore(): TypeOrmStepStore {
    return new TypeOrmStepStore(this.deps.ds);
  }

  dispose(): void {
    this.engine.dispose();
  }
}
