/**
 * Port: the queue that carries runs to workers (DESIGN.md section 7). Two adapters: in-process
 * (embedded default) and BullMQ on Redis (scaled). Job payloads carry ids only; a worker reads
 * the workflow version and stored steps from the database.
 *
 * Contract:
 * - `enqueue` is at-least-once: a job whose worker dies is handed to another worker.
 * - `delayMs` postpones a job (Wait nodes); `jobId` makes enqueueing idempotent.
 * - `process` registers the one handler; it may run `concurrency` jobs at once.
 *
 * @example
 * await queue.enqueue({ runId: 'run_1', kind: 'start' });
 * queue.process(async (job) => worker.handle(job), { concurrency: 4 });
 */
export interface RunJob {
  runId: string;
  kind: 'start' | 'resume' | 'retry';
}

export interface RunQueue {
  enqueue(job: RunJob, options?: { delayMs?: number; jobId?: string }): Promise<void>;
  process(handler: (job: RunJob) => Promise<void>, options: { concurrency: number }): void;
  /** Jobs waiting or delayed (metrics). */
  counts(): Promise<{ waiting: number; delayed: number; active: number }>;
  close(): Promise<void>;
}
