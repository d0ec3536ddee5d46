/**
 * Wall-clock time in an IANA time zone, with Intl only (no date library). Used by Date & Time,
 * Wait and Schedule to read a local date, build an instant from local fields, and format offsets.
 *
 * @example
 * zonedParts(Date.UTC(2024, 6, 1, 12), 'Europe/Paris'); // { year: 2024, month: 7, day: 1, hour: 14, ..., offsetMinutes: 120 }
 * fromZoned({ year: 2024, month: 1, day: 15, hour: 9 }, 'America/New_York'); // ms of 2024-01-15T14:00:00Z
 */
export interface ZonedParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday ... 6 = Saturday */
  weekday: number;
  /** Local time minus UTC, in minutes (Paris in summer: 120). */
  offsetMinutes: number;
}

export type LocalFields = Partial<Omit<ZonedParts, 'weekday' | 'offsetMinutes'>> & {
  year: number;
  month: number;
  day: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new Error(`time zone '${timezone}' is not known; use an IANA name such as Europe/Paris or UTC`);
    }
    formatters.set(timezone, formatter);
  }
  return formatter;
}

export function zonedParts(ms: number, timezone: string): ZonedParts {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timezone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const millisecond = ((ms % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  );
  const offsetMinutes = Math.round((asUtc - (ms - millisecond)) / 60_000);
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour,
    minute: fields.minute,
    second: fields.second,
    millisecond,
    weekday: new Date(asUtc).getUTCDay(),
    offsetMinutes,
  };
}

/**
 * The instant at which the clock in `timezone` shows these local fields. When the clock shows
 * them twice (autumn overlap) the earlier instant is used; when never (spring gap) the time is
 * moved forward by the gap, as clocks are.
 */
export function fromZoned(local: LocalFields, timezone: string): number {
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour ?? 0,
    local.minute ?? 0,
    local.second ?? 0,
    local.millisecond ?? 0,
  );
  const day = 86_400_000;
  const before = zonedParts(asUtc - day, timezone).offsetMinutes;
  const after = zonedParts(asUtc + day, timezone).offsetMinutes;
  const matches = [...new Set([before, after])]
    .map((offset) => asUtc - offset * 60_000)
    .filter((t) => {
      const p = zonedParts(t, timezone);
      return p.hour === (local.hour ?? 0) && p.minute === (local.minute ?? 0) && p.day === local.day;
    });
  return matches.length > 0 ? Math.min(...matches) : asUtc - before * 60_000;
}

/** `+02:00` style offset (or `+0200` when `compact`). */
export function formatOffset(offsetMinutes: number, compact = false): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return compact ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

/** ISO-8601 text in the time zone's local time with its offset: `2024-07-01T14:00:00.000+02:00`. */
export function toZonedIso(ms: number, timezone: string): string {
  const p = zonedParts(ms, timezone);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.` +
    `${pad(p.millisecond, 3)}${formatOffset(p.offsetMinutes)}`
  );
}

/** True for IANA time zone names this runtime knows (`Europe/Paris`, `UTC`). */
export function isValidTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}
