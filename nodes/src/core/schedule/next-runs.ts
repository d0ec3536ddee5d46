import { Cron } from 'croner';
import { isValidTimezone } from '../shared/zoned-time';

/**
 * Cron helpers for the Schedule trigger (and for the server's scheduler and the editor preview):
 * check an expression and time zone, and list the next times it fires.
 *
 * @example
 * nextRuns('0 9 * * 1-5', 'Europe/Paris', 3, new Date('2024-05-03T12:00:00Z'));
 * // [2024-05-06T07:00:00.000Z, 2024-05-07T07:00:00.000Z, 2024-05-08T07:00:00.000Z]
 */
export { isValidTimezone };

/** Problems with a cron expression and time zone, in words for the person who wrote them. */
export function validateSchedule(cron: unknown, timezone?: unknown): string[] {
  const problems: string[] = [];
  if (typeof timezone === 'string' && timezone.trim() && !isValidTimezone(timezone.trim())) {
    problems.push(`time zone '${timezone}' is not known; use an IANA name such as Europe/Paris or UTC`);
  }
  if (typeof cron !== 'string' || !cron.trim()) {
    problems.push('set a cron expression, e.g. "0 9 * * 1-5" for 9:00 on weekdays');
    return problems;
  }
  try {
    new Cron(cron.trim(), { paused: true });
  } catch (error) {
    problems.push(
      `cron expression '${cron}' is not valid (${(error as Error).message}); use 5 fields (minute hour day month weekday) or 6 with seconds first`,
    );
  }
  return problems;
}

/** The next `count` times `cron` fires in `timezone` after `from` (default: now). */
export function nextRuns(
  cron: string,
  timezone: string | undefined,
  count: number,
  from: Date = new Date(),
): Date[] {
  const problems = validateSchedule(cron, timezone);
  if (problems.length > 0) throw new Error(problems.join('; '));
  const job = new Cron(cron.trim(), { paused: true, timezone: timezone?.trim() || undefined });
  return job.nextRuns(count, from);
}
