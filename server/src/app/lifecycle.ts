import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import type { RunQueue } from '@ainow/engine/runtime';
import { AuthService } from '../auth/auth.service';
import { logger } from '../common/logger';
import { SERVER_CONFIG, type ServerConfig } from '../config/config';
import { ExecutionEntity } from '../executions/execution.entity';
import { RetentionService } from '../retention/retention.service';
import { RunEvents } from '../runs/run-events';
import { RUN_QUEUE } from '../runs/run-job';
import { RUNTIME_FACTORY, RunWorker } from '../runs/run-worker';
import type { RuntimeFactory } from '../runs/runtime.factory';
import { TriggersService } from '../triggers/triggers.service';
import { TRIGGER_SCHEDULER, type TriggerScheduler } from '../triggers/trigger-scheduler.port';
import { REDIS } from './core.providers';

/** What this process does: serve the API, process runs, or both (embedded default). */
export interface ProcessRole {
  api: boolean;
  worker: boolean;
  concurrency: number;
}
export const PROCESS_ROLE = Symbol('PROCESS_ROLE');

/**
 * Start and stop: the headless owner, trigger timers, the worker loop, recovery of the embedded
 * mode's in-process state (queued, running and waiting runs are re-enqueued from the database),
 * pruning; on shutdown the worker finishes its runs in hand, then everything closes.
 */
@Injectable()
export class Lifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private pruneTimer?: NodeJS.Timeout;

  constructor(
    @Inject(PROCESS_ROLE) private readonly role: ProcessRole,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
    @Inject(RUN_QUEUE) private readonly queue: RunQueue,
    @Inject(TRIGGER_SCHEDULER) private readonly scheduler: TriggerScheduler,
    @Inject(RUNTIME_FACTORY) private readonly runtimes: RuntimeFactory,
    @Inject(REDIS) private readonly redis: Redis | null,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly auth: AuthService,
    private readonly worker: RunWorker,
    private readonly triggers: TriggersService,
    private readonly retention: RetentionService,
    private readonly events: RunEvents,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.role.api) {
      await this.auth.ensureOwnerFromEnv();
      await this.triggers.refresh();
      this.pruneTimer = setInterval(
        () =>
          void this.retention
            .prune()
            .catch((error: unknown) => logger.warn({ err: error }, 'pruning failed')),
        this.config.AINOW_PRUNE_INTERVAL_MS,
      );
      this.pruneTimer.unref();
    }
    if (this.role.worker) {
      this.queue.process((job) => this.worker.handle(job), { concurrency: this.role.concurrency });
      this.scheduler.handle((id, at) => this.triggers.fire(id, at));
    }
    if (!this.config.queueMode) await this.recover();
  }

  /** Embedded mode: the in-process queue and its timers died with the last process; rebuild them. */
  private async recover(): Promise<void> {
    const repo = this.ds.getRepository(ExecutionEntity);
    const stranded = await repo.find({
      where: { status: In(['queued', 'running']) },
      select: { id: true, status: true },
    });
    for (const run of stranded) await this.queue.enqueue({ runId: run.id, kind: 'start' }, { jobId: run.id });
    const waiting = await repo.find({ where: { status: 'waiting' }, select: { id: true, waitUntil: true } });
    for (const run of waiting) {
      if (!run.waitUntil) continue;
      const delayMs = Math.max(0, new Date(run.waitUntil).getTime() - Date.now());
      await this.queue.enqueue(
        { runId: run.id, kind: 'resume' },
        { delayMs, jobId: `${run.id}:resume:${run.waitUntil}` },
      );
    }
    if (stranded.length || waiting.length)
      logger.info({ stranded: stranded.length, waiting: waiting.length }, 'rebuilt runs from the database');
  }

  /** Before any module closes (the database first of all): stop taking jobs and finish the runs in hand. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.pruneTimer);
    await this.scheduler.close();
    await this.queue.close();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.events.close();
    this.runtimes.dispose();
    await this.redis?.quit().catch(() => undefined);
  }
}
