import { Worker, type Queue } from 'bullmq';
import { z } from 'zod';
import { logger } from '../common/logger';
import type { TriggerScheduler } from './trigger-scheduler.port';
import type { ScheduleEntity } from './schedule.entity';

const tickSchema = z.object({ scheduleId: z.string().min(1) });

/**
 * Queue mode: each schedule is a BullMQ job scheduler (`upsertJobScheduler`, id = schedule id) on
 * the triggers queue. Redis holds one scheduler per id, so a tick is one job whichever and however
 * many processes called `sync`; whichever worker takes the job fires the trigger.
 */
export class BullMqScheduler implements TriggerScheduler {
  private worker?: Worker;

  constructor(
    private readonly queue: Queue,
    private readonly connection: { url: string },
  ) {}

  async sync(schedules: ScheduleEntity[]): Promise<void> {
    const wanted = new Set(schedules.map((s) => s.id));
    for (const existing of await this.queue.getJobSchedulers(0, -1)) {
      if (existing.key && !wanted.has(existing.key)) await this.queue.removeJobScheduler(existing.key);
    }
    for (const s of schedules) {
      const repeat =
        s.kind === 'cron' && s.cron
          ? { pattern: s.cron, tz: s.timezone ?? undefined }
          : { every: s.intervalMs ?? 60_000 };
      await this.queue.upsertJobScheduler(s.id, repeat, {
        name: 'tick',
        data: { scheduleId: s.id },
        opts: { removeOnComplete: true, removeOnFail: 100 },
      });
    }
  }

  handle(fire: (scheduleId: string, scheduledAt: string) => Promise<void>): void {
    this.worker = new Worker(
      this.queue.name,
      async (job) => {
        const { scheduleId } = tickSchema.parse(job.data);
        await fire(scheduleId, new Date(job.timestamp + (job.opts.delay ?? 0)).toISOString());
      },
      { connection: { url: this.connection.url }, prefix: this.queue.opts.prefix, concurrency: 5 },
    );
    this.worker.on('error', (error) => logger.error({ err: error }, 'trigger worker error'));
  }

  async close(): Promise<void> {
    await this.worker?.close();
  }
}
