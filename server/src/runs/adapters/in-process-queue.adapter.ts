import type { RunJob, RunQueue } from '@ainow/engine/runtime';
import { logger } from '../../common/logger';

/**
 * The embedded mode's queue: jobs run in this process with bounded concurrency. Delays are
 * timers; they do not survive a restart, so the server rebuilds them from the database at start
 * (waiting runs, and runs that were queued or running when the process stopped).
 *
 * @example
 * const queue = new InProcessRunQueue();
 * queue.process((job) => worker.handle(job), { concurrency: 10 });
 * await queue.enqueue({ runId, kind: 'start' }, { jobId: runId });
 */
export class InProcessRunQueue implements RunQueue {
  private readonly waiting: Array<{ job: RunJob; id?: string }> = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly known = new Set<string>();
  private handler?: (job: RunJob) => Promise<void>;
  private concurrency = 1;
  private active = 0;
  private closed = false;
  private idle: Array<() => void> = [];

  async enqueue(job: RunJob, options: { delayMs?: number; jobId?: string } = {}): Promise<void> {
    if (this.closed) throw new Error('the run queue is closed');
    const id = options.jobId;
    if (id && this.known.has(id)) return;
    if (id) this.known.add(id);
    const push = () => {
      if (id) this.timers.delete(id);
      this.waiting.push({ job, id });
      this.pump();
    };
    if (options.delayMs && options.delayMs > 0) {
      const timer = setTimeout(push, Math.min(options.delayMs, 2 ** 31 - 1));
      timer.unref();
      this.timers.set(id ?? `${job.runId}:${Date.now()}:${Math.random()}`, timer);
    } else push();
  }

  process(handler: (job: RunJob) => Promise<void>, options: { concurrency: number }): void {
    this.handler = handler;
    this.concurrency = Math.max(1, options.concurrency);
    this.pump();
  }

  async counts(): Promise<{ waiting: number; delayed: number; active: number }> {
    return { waiting: this.waiting.length, delayed: this.timers.size, active: this.active };
  }

  /** Stops taking jobs and waits for the running ones to end. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    if (this.active > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
  }

  private pump(): void {
    while (this.handler && !this.closed && this.active < this.concurrency && this.waiting.length) {
      const { job, id } = this.waiting.shift()!;
      this.active++;
      void this.handler(job)
        .catch((error: unknown) => logger.error({ err: error, runId: job.runId }, 'run job failed'))
        .finally(() => {
          this.active--;
          if (id) this.known.delete(id);
          if (this.active === 0) this.idle.splice(0).forEach((resolve) => resolve());
          this.pump();
        });
    }
  }
}
