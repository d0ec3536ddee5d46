import { Cron } from 'croner';
import { logger } from '../common/logger';
import type { TriggerScheduler } from './trigger-scheduler.port';
import type { ScheduleEntity } from './schedule.entity';

/**
 * Embedded mode: one croner job per cron schedule and one interval per polling trigger, in this
 * process. Rebuilt from the database at start (`sync` with the schedules of active workflows).
 */
export class CronerScheduler implements TriggerScheduler {
  private readonly jobs = new Map<string, { key: string; stop(): void }>();
  private fire?: (scheduleId: string, scheduledAt: string) => Promise<void>;

  async sync(schedules: ScheduleEntity[]): Promise<void> {
    const wanted = new Map(schedules.map((s) => [s.id, s]));
    for (const [id, job] of this.jobs) {
      const s = wanted.get(id);
      if (!s || keyOf(s) !== job.key) {
        job.stop();
        this.jobs.delete(id);
      }
    }
    for (const s of schedules) {
      if (this.jobs.has(s.id)) continue;
      const tick = (at: Date) => {
        void this.fire?.(s.id, at.toISOString()).catch((error: unknown) =>
          logger.error({ err: error, scheduleId: s.id }, 'schedule tick failed'),
        );
      };
      if (s.kind === 'cron' && s.cron) {
        const cron = new Cron(s.cron, { timezone: s.timezone ?? undefined, protect: true }, () =>
          tick(new Date()),
        );
        this.jobs.set(s.id, { key: keyOf(s), stop: () => cron.stop() });
      } else if (s.kind === 'poll' && s.intervalMs) {
        const timer = setInterval(() => tick(new Date()), s.intervalMs);
        timer.unref();
        this.jobs.set(s.id, { key: keyOf(s), stop: () => clearInterval(timer) });
      }
    }
  }

  handle(fire: (scheduleId: string, scheduledAt: string) => Promise<void>): void {
    this.fire = fire;
  }

  async close(): Promise<void> {
    for (const job of this.jobs.values()) job.stop();
    this.jobs.clear();
  }
}

const keyOf = (s: ScheduleEntity) => `${s.kind}|${s.cron}|${s.timezone}|${s.intervalMs}`;
