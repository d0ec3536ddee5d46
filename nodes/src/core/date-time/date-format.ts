import { formatOffset, toZonedIso, zonedParts, type ZonedParts } from '../shared/zoned-time';

/**
 * Formats and parses dates with tokens (the common Unicode subset, as in date-fns and Luxon):
 * `yyyy yy` year, `M MM MMM MMMM` month, `d dd` day, `EEE EEEE` weekday, `H HH` 24-hour,
 * `h hh` 12-hour, `a` AM/PM, `m mm` minute, `s ss` second, `SSS` millisecond, `Z` (+02:00),
 * `ZZ` (+0200), `z` zone abbreviation, `X` epoch seconds, `x` epoch ms; text in 'single quotes'
 * is literal (`''` is a quote). Presets: `iso` (local time with offset), `isoUtc`, `date`
 * (yyyy-MM-dd), `time` (HH:mm:ss), `dateTime` (yyyy-MM-dd HH:mm:ss).
 *
 * @example
 * formatDate(Date.UTC(2024, 6, 1, 12), "EEEE d MMMM yyyy 'at' HH:mm", 'Europe/Paris'); // 'Monday 1 July 2024 at 14:00'
 */
export const PRESETS: Record<string, string> = {
  date: 'yyyy-MM-dd',
  time: 'HH:mm:ss',
  dateTime: 'yyyy-MM-dd HH:mm:ss',
};

export const TOKEN =
  /'(?:[^']|'')*'|yyyy|yy|MMMM|MMM|MM|M|dd|d|EEEE|EEE|HH|H|hh|h|a|mm|m|ss|s|SSS|ZZ|Z|z|X|x/g;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function names(locale: string, kind: 'month' | 'weekday', width: 'long' | 'short'): string[] {
  const format = new Intl.DateTimeFormat(locale, { [kind]: width, timeZone: 'UTC' });
  return kind === 'month'
    ? Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2024, m, 1)))
    : Array.from({ length: 7 }, (_, d) => format.format(Date.UTC(2024, 0, 7 + d))); // 2024-01-07 is a Sunday
}

function zoneName(ms: number, timezone: string, locale: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: timezone, timeZoneName: 'short' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timezone;
}

function tokenValue(token: string, p: ZonedParts, ms: number, timezone: string, locale: string): string {
  switch (token) {
    case 'yyyy':
      return pad(p.year, 4);
    case 'yy':
      return pad(p.year % 100);
    case 'MMMM':
      return names(locale, 'month', 'long')[p.month - 1];
    case 'MMM':
      return names(locale, 'month', 'short')[p.month - 1];
    case 'MM':
      return pad(p.month);
    case 'M':
      return String(p.month);
    case 'dd':
      return pad(p.day);
    case 'd':
      return String(p.day);
    case 'EEEE':
      return names(locale, 'weekday', 'long')[p.weekday];
    case 'EEE':
      return names(locale, 'weekday', 'short')[p.weekday];
    case 'HH':
      return pad(p.hour);
    case 'H':
      return String(p.hour);
    case 'hh':
      return pad(p.hour % 12 || 12);
    case 'h':
      return String(p.hour % 12 || 12);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'mm':
      return pad(p.minute);
    case 'm':
      return String(p.minute);
    case 'ss':
      return pad(p.second);
    case 's':
      return String(p.second);
    case 'SSS':
      return pad(p.millisecond, 3);
    case 'ZZ':
      return formatOffset(p.offsetMinutes, true);
    case 'Z':
      return formatOffset(p.offsetMinutes);
    case 'z':
      return zoneName(ms, timezone, locale);
    case 'X':
      return String(Math.floor(ms / 1000));
    case 'x':
      return String(ms);
    default:
      return token.slice(1, -1).replace(/''/g, "'");
  }
}

export function formatDate(ms: number, pattern: string, timezone: string, locale = 'en-US'): string {
  if (pattern === 'iso' || pattern === '') return toZonedIso(ms, timezone);
  if (pattern === 'isoUtc') return new Date(ms).toISOString();
  const resolved = PRESETS[pattern] ?? pattern;
  const parts = zonedParts(ms, timezone);
  return resolved.replace(TOKEN, (token) => tokenValue(token, parts, ms, timezone, locale));
}
