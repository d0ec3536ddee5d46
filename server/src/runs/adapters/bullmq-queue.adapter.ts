import { Worker, type Queue } from 'bullmq';
import type { RunJob, RunQueue } from '@ainow/engine/runtime';
import { logger } from '../../common/logger';
import { parseRunJob } from '../run-job';

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
    await this.queue.add(job.kind, job, {
      jobId: options.jobId?.replace(/:/g, '_'),
      delay: options.delayMs && options.delayMs > 0 ? options.delayMs : undefined,
      removeOnComplete: true,
      removeOnFail: 1000,
      attempts: 1,
    });
  }

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
