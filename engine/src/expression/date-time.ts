import { DATE_TIME_SOURCE } from './date-time.source';

/**
 * The host-side copy of the expression date library (same source as `$now` in the isolate), for
 * the `formatDate` template helper and for tests.
 *
 * @example
 * dateTimeKit().fromValue('2024-05-01T07:30:00Z', 'Europe/Paris').format('dd.MM.yyyy HH:mm'); // '01.05.2024 09:30'
 */
export interface DateTime {
  readonly ms: number;
  readonly zone: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Minutes east of UTC. */
  readonly offset: number;
  toISO(): string;
  toISODate(): string;
  toMillis(): number;
  toJSDate(): Date;
  format(pattern: string): string;
  toFormat(pattern: string): string;
  plus(amount: number | Record<string, number>, unit?: string): DateTime;
  minus(amount: number | Record<string, number>, unit?: string): DateTime;
  startOf(unit: string): DateTime;
  endOf(unit: string): DateTime;
  setZone(zone: string): DateTime;
}

export interface DateTimeKit {
  now(ms: number, zone: string): DateTime;
  /** Accepts a Date, epoch ms (number or digits), an ISO string or a DateTime; throws on anything else. */
  fromValue(value: unknown, zone: string): DateTime;
}

let kit: DateTimeKit | undefined;

export function dateTimeKit(): DateTimeKit {
  // Our own constant source, evaluated once; the isolate evaluates the same text.
  kit ??= (new Function(`return ${DATE_TIME_SOURCE}();`) as () => DateTimeKit)();
  return kit;
}
