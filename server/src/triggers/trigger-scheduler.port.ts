import type { ScheduleEntity } from './schedule.entity';

/**
 * Port: fires schedules (cron) and polling triggers (interval). Two adapters: croner timers in the
 * embedded process, and BullMQ job schedulers in queue mode, which fire once per tick however
 * many processes run. Either way the tick ends in `fire(scheduleId, scheduledAt)`.
 *
 * @example
 * await scheduler.sync(schedulesOfActiveWorkflows);
 */
export interface TriggerScheduler {
  /** Makes the running timers match `schedules` exactly (adds, changes, removes). */
  sync(schedules: ScheduleEntity[]): Promise<void>;
  /** Starts handling ticks (workers and the embedded server). */
  handle(fire: (scheduleId: string, scheduledAt: string) => Promise<void>): void;
  close(): Promise<void>;
}

export const TRIGGER_SCHEDULER = Symbol('TRIGGER_SCHEDULER');
