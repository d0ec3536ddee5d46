import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CredentialResolver, RunJob, RunQueue, RunResult, StepRecord } from '@ainow/engine/runtime';
import type { Workflow } from '@ainow/engine/workflow';
import { nowIso } from '../common/clock';
import { lazyChild, type RunLog } from '../common/lazy-child-logger';
import { metrics } from '../common/metrics';
import { SERVER_CONFIG, type ServerConfig } from '../config/config';
import { ExecutionEntity, FINISHED } from '../executions/execution.entity';
import { ExecutionStore } from '../executions/execution-store';
import { VariableEntity } from '../variables/variable.entity';
import { WorkflowsService } from '../workflows/workflows.service';
import { CREDENTIAL_KEY } from '../credentials/credential-key';
import { RunEvents } from './run-events';
import { runHooks } from './run-hooks';
import { RUN_QUEUE } from './run-job';
import { resumeToken } from './resume-token';
import { RuntimeFactory } from './runtime.factory';
import { RunService } from './run.service';
import { SandboxService } from './sandbox.service';

export const RUNTIME_FACTORY = Symbol('RUNTIME_FACTORY');

/**
 * Handles one queue job: loads the run's workflow version and stored steps from the database and
 * calls the runtime, which skips every stored step. The same code starts a run, picks up a run
 * whose worker died, resumes a waiting run and retries a failed one.
 */
@Injectable()
export class RunWorker {
  private readonly running = new Map<string, AbortController>();
  private varsCache?: { at: number; value: Record<string, unknown> };

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(RUN_QUEUE) private readonly queue: RunQueue,
    @Inject(RUNTIME_FACTORY) private readonly runtimes: RuntimeFactory,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    @Inject(CREDENTIAL_KEY) private readonly key: Buffer,
    private readonly workflows: WorkflowsService,
    private readonly events: RunEvents,
    private readonly store: ExecutionStore,
    private readonly sandbox: SandboxService,
    private readonly runs: RunService,
  ) {}

  /** Runs in hand right now (for shutdown). */
  get inHand(): number {
    return this.running.size;
  }

  async handle(job: RunJob): Promise<void> {
    const execution = await this.store.find(job.runId);
    if (!execution || FINISHED.includes(execution.status)) return;
    if (execution.status === 'waiting' && job.kind !== 'resume') return;
    // A timed resume job left from an earlier wait (the run was resumed by hand, or waits again
    // now) must not end the current wait: resume only when the run's waitUntil is due.
    if (
      job.kind === 'resume' &&
      (!execution.waitUntil || Date.parse(execution.waitUntil) > Date.now() + 1000)
    )
      return;
    let document: Workflow;
    try {
      document = await this.workflows.version(execution.workflowId, execution.workflowVersion);
    } catch (error) {
      await this.fail(execution, `the run's workflow version cannot be read: ${(error as Error).message}`);
      return;
    }
    const limit = Number(
      (document.settings as { concurrency?: unknown }).concurrency ?? this.config.AINOW_WORKFLOW_CONCURRENCY,
    );
    const log = lazyChild({ runId: execution.id, workflowId: execution.workflowId });
    const sandbox = execution.options.sandbox === true;
    let sandboxCredentials: CredentialResolver | undefined;
    if (sandbox) {
      try {
        sandboxCredentials = await this.sandbox.credentials();
      } catch (error) {
        await this.fail(execution, (error as Error).message);
        return;
      }
    }
    const fresh = execution.attempts === 0 && job.kind === 'start';
    const { runtime, steps, redact } = this.runtimes.forRun(sandboxCredentials);
    const previousSteps: StepRecord[] = fresh ? [] : await steps.loadSteps(execution.id);
    const startedAt = execution.startedAt ?? nowIso();
    // Only while nobody changed the run meanwhile (a cancel). Without a concurrency limit (which
    // counts running runs) the mark is committed with the run's first step: one commit less.
    const running = {
      status: 'running' as const,
      startedAt,
      attempts: execution.attempts + 1,
      waitUntil: null,
    };
    if (limit > 0 && execution.status === 'queued') {
      // Exact across workers: counted and marked under one lock of the workflow.
      if (!(await this.store.claimWithinLimit(execution, limit, running))) {
        await this.queue.enqueue(job, { delayMs: 250 + Math.floor(Math.random() * 500) });
        return;
      }
    } else if (limit > 0) await this.store.update(execution.id, running, [execution.status]);
    else steps.withNextSave(this.store.updateStatement(execution.id, running, [execution.status]));
    if (!fresh)
      log.info(
        { storedSteps: previousSteps.length, kind: job.kind },
        'picking up a run from its stored steps',
      );

    const abort = new AbortController();
    this.running.set(execution.id, abort);
    const offCancel = this.events.on(
      execution.id,
      (event) => event.type === 'cancel' && abort.abort(new Error('the run was cancelled')),
    );
    const t0 = performance.now();
    let result: RunResult;
    try {
      result = await runtime.run(document, {
        runId: execution.id,
        workflowId: execution.workflowId,
        mode: execution.mode as never,
        triggerItems: execution.options.triggerItems,
        startNodeId: execution.options.startNodeId,
        destinationNodeId: execution.options.destinationNodeId,
        dryRun: execution.options.dryRun,
        allowPrivateNetworks: sandbox || undefined,
        signal: abort.signal,
        previousSteps,
        resume: job.kind === 'resume',
        resumeUrl: `${this.config.publicUrl}/webhook-waiting/${execution.id}?token=${resumeToken(this.key, execution.id)}`,
        variables: await this.variables(),
        hooks: runHooks(this.events, execution.id, log, redact),
      });
    } catch (error) {
      result = {
        runId: execution.id,
        status: 'failed',
        steps: [],
        outputs: {},
        error: { message: (error as Error).message },
        startedAt,
        finishedAt: nowIso(),
      };
    } finally {
      offCancel();
      this.running.delete(execution.id);
    }
    await steps.writePending();
    // The run's error may quote a secret the run used (a vendor echoing a key): redact it like the steps.
    await this.finish(execution, { ...result, error: redact(result.error) }, log);
    metrics.runDuration.observe({ status: result.status }, (performance.now() - t0) / 1000);
  }

  /** Ends a run that could not start (its version is gone, its sandbox cannot start). */
  private async fail(execution: ExecutionEntity, message: string): Promise<void> {
    await this.store.update(execution.id, { status: 'failed', finishedAt: nowIso(), error: { message } });
    this.events.publish({ type: 'run-finished', runId: execution.id, status: 'failed', error: { message } });
  }

  private async finish(execution: ExecutionEntity, result: RunResult, log: RunLog): Promise<void> {
    if (result.status === 'waiting') {
      await this.store.update(execution.id, { status: 'waiting', waitUntil: result.waitUntil ?? null }, [
        'running',
      ]);
      if (result.waitUntil) {
        const delayMs = Math.max(0, new Date(result.waitUntil).getTime() - Date.now());
        await this.queue.enqueue(
          { runId: execution.id, kind: 'resume' },
          { delayMs, jobId: `${execution.id}:resume:${result.waitUntil}` },
        );
      }
    } else {
      const status = result.status === 'cancelled' ? 'cancelled' : result.status;
      await this.store.update(execution.id, { status, finishedAt: nowIso(), error: result.error ?? null }, [
        'running',
        'queued',
      ]);
    }
    metrics.runsTotal.inc({ status: result.status, mode: execution.mode });
    log.info({ status: result.status, error: result.error?.message }, 'run ended');
    this.events.publish({
      type: 'run-finished',
      runId: execution.id,
      status: result.status,
      error: result.error,
      waitUntil: result.waitUntil,
    });
    if (result.status === 'failed') await this.startErrorWorkflow(execution, result, log);
  }

  private async startErrorWorkflow(
    execution: ExecutionEntity,
    result: RunResult,
    log: RunLog,
  ): Promise<void> {
    if (execution.options.errorOf) return;
    const document = await this.workflows.version(execution.workflowId, execution.workflowVersion);
    const errorWorkflowId = document.settings?.errorWorkflowId;
    if (!errorWorkflowId) return;
    try {
      const { id } = await this.runs.start({
        workflowId: errorWorkflowId,
        mode: 'trigger',
        triggerItems: [
          {
            json: {
              execution: {
                id: execution.id,
                mode: execution.mode,
                error: result.error,
                lastNodeExecuted: result.error?.nodeId ?? null,
                url: `${this.config.publicUrl}/api/v1/executions/${execution.id}`,
              },
              workflow: { id: execution.workflowId, name: execution.workflowName },
            },
          },
        ],
        errorOf: execution.id,
        // The error workflow of a sandbox run stays in the sandbox: it must not reach real vendors.
        sandbox: execution.options.sandbox,
      });
      log.info({ errorRunId: id, errorWorkflowId }, 'started the error workflow');
    } catch (error) {
      log.warn({ err: error, errorWorkflowId }, 'could not start the error workflow');
    }
  }

  /** Workflow variables (`$vars`), read at most once a second. */
  private async variables(): Promise<Record<string, unknown>> {
    if (this.varsCache && Date.now() - this.varsCache.at < 1000) return this.varsCache.value;
    const rows = await this.ds.getRepository(VariableEntity).find();
    const value = Object.fromEntries(rows.map((r) => [r.key, parseJson(r.value)]));
    this.varsCache = { at: Date.now(), value };
    return value;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
