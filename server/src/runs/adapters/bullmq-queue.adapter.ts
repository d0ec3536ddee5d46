import { Worker, type Queue } from 'bullmq';
import type { RunJob, RunQueue } from '@ainow/engine/runtime';
import { logger } from '../../common/logger';
import { TurnBatch } from '../../common/turn-batch';
import { parseRunJob } from '../run-job';

type BulkJob = Parameters<Queue['addBulk']>[0][number];

export interface BullMqQueueOptions {
  /** How long a job's lock lasts; a worker that stops renewing it (SIGKILL) loses the job after this. */
  lockDurationMs: number;
  connection: { url: string };
}

/**
 * The scaled mode's queue: BullMQ on Redis. Jobs hold `{ runId, kind }` only. A worker that dies
 * stops renewing its lock; BullMQ's stalled-job check hands the job to another worker, which reads
 * the stored steps and goes on from the last one.
 *
 * @example
 * const queue = new BullMqRunQueue(bullQueue, { lockDurationMs: 10_000, connection: { url } });
 * queue.process((job) => worker.handle(job), { concurrency: 4 });
 */
export class BullMqRunQueue implements RunQueue {
  private worker?: Worker;

  constructor(
    private readonly queue: Queue,
    private readonly options: BullMqQueueOptions,
  ) {}

  async enqueue(job: RunJob, options: { delayMs?: number; jobId?: string } = {}): Promise<void> {
    const entry = {
      name: job.kind,
      data: job,
      opts: {
        jobId: options.jobId?.replace(/:/g, '_'),
        delay: options.delayMs && options.delayMs > 0 ? options.delayMs : undefined,
        removeOnComplete: true,
        removeOnFail: 1000,
        attempts: 1,
      },
    };
    // Jobs with an id go to Redis together with the others of this turn (one round trip); adding
    // one again is harmless, so a failed batch is retried job by job.
    if (!entry.opts.jobId) {
      await this.queue.add(entry.name, entry.data, entry.opts);
      return;
    }
    const error = await this.adds.call(entry);
    if (error) throw error;
  }

  /** Each entry's error, if it could not be added. */
  private readonly adds = new TurnBatch<BulkJob, Error | undefined>(async (entries) => {
    try {
      await this.queue.addBulk(entries);
      return entries.map(() => undefined);
    } catch {
      return Promise.all(
        entries.map((e) =>
          this.queue.add(e.name, e.data, e.opts).then(
            () => undefined,
            (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
          ),
        ),
      );
    }
  });

  process(handler: (job: RunJob) => Promise<void>, options: { concurrency: number }): void {
    this.worker = new Worker(this.queue.name, async (job) => handler(parseRunJob(job.data)), {
      connection: { url: this.options.connection.url },
      prefix: this.queue.opts.prefix,
      concurrency: options.concurrency,
      lockDuration: this.options.lockDurationMs,
      stalledInterval: Math.max(1000, Math.floor(this.options.lockDurationMs / 2)),
      maxStalledCount: 5,
    });
    this.worker.on('failed', (job, error) =>
      logger.error({ err: error, runId: (job?.data as RunJob | undefined)?.runId }, 'run job failed'),
    );
    this.worker.on('error', (error) => logger.error({ err: error }, 'queue worker error'));
  }

  async counts(): Promise<{ waiting: number; delayed: number; active: number }> {
    const c = await this.queue.getJobCounts('waiting', 'delayed', 'active', 'prioritized');
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
      delayed: c.delayed ?? 0,
      active: c.active ?? 0,
    };
  }

  /** Waits for the jobs in hand to finish (SIGTERM), then disconnects. */
  async close(): Promise<void> {
    await this.worker?.close();
  }

  /** Gives up the jobs in hand at once; their locks expire and other workers take them. */
  async abandon(): Promise<void> {
    await this.worker?.close(true);
  }
}
