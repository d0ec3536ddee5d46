import { fromZoned } from './zoned-time';

/**
 * Reads a date given as a Date, epoch number or text. ISO text with `Z` or an offset is an exact
 * instant; ISO text without one (`2024-05-01 09:30`) is local time in `timezone`. Numbers are
 * epoch milliseconds, or seconds when below 100,000,000,000 (before 1973 in milliseconds).
 * Other text (RFC 2822 such as `Wed, 01 May 2024 09:30:00 GMT`) is tried with Date.parse.
 * Returns epoch milliseconds, or undefined when the value is not a date.
 *
 * @example
 * parseDateInput('2024-05-01 09:30', 'Europe/Paris'); // Date.UTC(2024, 4, 1, 7, 30)
 */
const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

export function parseDateInput(value: unknown, timezone: string): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return Math.abs(value) < 100_000_000_000 ? value * 1000 : value;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text) return undefined;
  if (/^-?\d+(\.\d+)?$/.test(text)) return parseDateInput(Number(text), timezone);
  const local = LOCAL_ISO.exec(text);
  if (local) {
    const [, y, mo, d, h, mi, s, frac] = local;
    const fields = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h ?? 0),
      minute: Number(mi ?? 0),
      second: Number(s ?? 0),
      millisecond: frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0,
    };
    if (!validFields(fields)) return undefined;
    return fromZoned(fields, timezone);
  }
  if (HAS_ZONE.test(text) || /[a-z]/i.test(text)) {
    const ms = Date.parse(text.replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T'));
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

function validFields(f: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}): boolean {
  const daysInMonth = new Date(Date.UTC(f.year, f.month, 0)).getUTCDate();
  return (
    f.month >= 1 &&
    f.month <= 12 &&
    f.day >= 1 &&
    f.day <= daysInMonth &&
    f.hour <= 23 &&
    f.minute <= 59 &&
    f.second <= 59
  );
}
