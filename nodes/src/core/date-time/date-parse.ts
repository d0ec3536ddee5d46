import { fromZoned } from '../shared/zoned-time';
import { PRESETS, TOKEN, names } from './date-format';

/**
 * Reads `text` written in `pattern` (the tokens of `formatDate`; names in `locale`, English by
 * default; weekday names and `z` are matched but not used). Fields the
 * pattern lacks default to the start (month 1, day 1, 00:00); without `Z`/`ZZ` the time is local
 * to `timezone`. Returns undefined when the text does not fit the pattern.
 *
 * @example
 * parseWithFormat('03/05/2024 14:30', 'dd/MM/yyyy HH:mm', 'UTC'); // Date.UTC(2024, 4, 3, 14, 30)
 */
export function parseWithFormat(
  text: string,
  pattern: string,
  timezone: string,
  locale = 'en-US',
): number | undefined {
  const resolved = PRESETS[pattern] ?? pattern;
  const groups: string[] = [];
  const longMonths = names(locale, 'month', 'long');
  const shortMonths = names(locale, 'month', 'short');
  let source = '';
  let last = 0;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of resolved.matchAll(TOKEN)) {
    source += escape(resolved.slice(last, match.index));
    last = match.index + match[0].length;
    const token = match[0];
    if (token.startsWith("'")) {
      source += escape(token.slice(1, -1).replace(/''/g, "'"));
      continue;
    }
    groups.push(token);
    source += tokenPattern(token, longMonths, shortMonths);
  }
  source += escape(resolved.slice(last));
  const found = new RegExp(`^\\s*${source}\\s*$`, 'iu').exec(text);
  if (!found) return undefined;
  const f = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  let pm: boolean | undefined;
  let offset: number | undefined;
  for (const [i, token] of groups.entries()) {
    const value = found[i + 1];
    const lower = value.toLowerCase();
    if (token === 'yyyy') f.year = Number(value);
    else if (token === 'yy') f.year = 2000 + Number(value);
    else if (token === 'MMMM') f.month = longMonths.findIndex((m) => m.toLowerCase() === lower) + 1;
    else if (token === 'MMM') f.month = shortMonths.findIndex((m) => m.toLowerCase() === lower) + 1;
    else if (token === 'MM' || token === 'M') f.month = Number(value);
    else if (token === 'dd' || token === 'd') f.day = Number(value);
    else if (token === 'HH' || token === 'H' || token === 'hh' || token === 'h') f.hour = Number(value);
    else if (token === 'a') pm = lower === 'pm';
    else if (token === 'mm' || token === 'm') f.minute = Number(value);
    else if (token === 'ss' || token === 's') f.second = Number(value);
    else if (token === 'SSS') f.millisecond = Number(value);
    else if (token === 'Z' || token === 'ZZ') offset = parseOffset(value);
    else if (token === 'X') return Number(value) * 1000;
    else if (token === 'x') return Number(value);
  }
  if (pm !== undefined) f.hour = (f.hour % 12) + (pm ? 12 : 0);
  const daysInMonth = new Date(Date.UTC(f.year, f.month, 0)).getUTCDate();
  if (
    f.month < 1 ||
    f.month > 12 ||
    f.day < 1 ||
    f.day > daysInMonth ||
    f.hour > 23 ||
    f.minute > 59 ||
    f.second > 59
  ) {
    return undefined;
  }
  if (offset === undefined) return fromZoned(f, timezone);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond) - offset * 60_000;
}

function tokenPattern(token: string, longMonths: string[], shortMonths: string[]): string {
  switch (token) {
    case 'yyyy':
      return '(\\d{4})';
    case 'MMMM':
      return `(${longMonths.join('|')})`;
    case 'MMM':
      return `(${shortMonths.join('|')})`;
    case 'EEEE':
    case 'EEE':
      return '(\\p{L}+\\.?)';
    case 'a':
      return '(AM|PM)';
    case 'SSS':
      return '(\\d{3})';
    case 'Z':
    case 'ZZ':
      return '(Z|[+-]\\d{2}:?\\d{2})';
    case 'z':
      return '(\\S+)';
    case 'X':
    case 'x':
      return '(-?\\d+)';
    default:
      return token.length === 2 ? '(\\d{2})' : '(\\d{1,2})';
  }
}

function parseOffset(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text)!;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}
