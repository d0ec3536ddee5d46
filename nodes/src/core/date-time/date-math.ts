import { fromZoned, zonedParts } from '../shared/zoned-time';

/**
 * Date arithmetic in a time zone. Milliseconds to hours are exact durations; days, weeks, months
 * and years move the local calendar (so "add 1 day" keeps 09:00 across a daylight-saving change,
 * and Jan 31 + 1 month is the last day of February).
 *
 * @example
 * addToDate(Date.UTC(2024, 0, 31), 1, 'months', 'UTC'); // Date.UTC(2024, 1, 29)
 * dateDiff(Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 3, 12), 'days', 'UTC'); // 2.5
 */
export const DATE_UNITS = [
  'milliseconds',
  'seconds',
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'years',
] as const;
export type DateUnit = (typeof DATE_UNITS)[number];

const EXACT_MS: Partial<Record<DateUnit, number>> = {
  milliseconds: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
};

/** Length of a unit in ms for waits and durations (days are 24 h, months 30 days, years 365 days). */
export const UNIT_MS: Record<DateUnit, number> = {
  milliseconds: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 604_800_000,
  months: 2_592_000_000,
  years: 31_536_000_000,
};

export function isDateUnit(value: unknown): value is DateUnit {
  return typeof value === 'string' && (DATE_UNITS as readonly string[]).includes(value);
}

export function addToDate(ms: number, amount: number, unit: DateUnit, timezone: string): number {
  const exact = EXACT_MS[unit];
  if (exact !== undefined) return ms + amount * exact;
  const p = zonedParts(ms, timezone);
  if (unit === 'days' || unit === 'weeks') {
    const days = amount * (unit === 'weeks' ? 7 : 1);
    const whole = Math.trunc(days);
    const shifted = new Date(Date.UTC(p.year, p.month - 1, p.day + whole));
    const local = {
      ...p,
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
    };
    return fromZoned(local, timezone) + (days - whole) * 86_400_000;
  }
  const months = Math.trunc(amount * (unit === 'years' ? 12 : 1));
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(p.day, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return fromZoned({ ...p, year, month, day }, timezone);
}

/**
 * `end - start` in `unit`. Exact units and days/weeks give fractions (by elapsed time); months and
 * years count whole calendar months between the local dates.
 */
export function dateDiff(start: number, end: number, unit: DateUnit, timezone: string): number {
  if (unit !== 'months' && unit !== 'years') return (end - start) / UNIT_MS[unit];
  const sign = end >= start ? 1 : -1;
  const [from, to] = sign > 0 ? [start, end] : [end, start];
  const a = zonedParts(from, timezone);
  const b = zonedParts(to, timezone);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && addToDate(from, months, 'months', timezone) > to) months--;
  return sign * (unit === 'years' ? Math.trunc(months / 12) : months);
}
