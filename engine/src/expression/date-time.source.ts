/**
 * JavaScript source of the small date library behind `$now`, `$today` (expressions, inside the
 * isolate) and the `formatDate` template helper (on the host, see `date-time.ts`). One source, so
 * both format the same way. Plain ES2023, no imports; evaluates to `createDateTimeKit()`.
 *
 * A DateTime is immutable: `{ ms, zone }` plus methods.
 * - `toISO()` → `2024-05-01T09:30:00.000+02:00`, `toISODate()` → `2024-05-01`, `toMillis()`,
 *   `toJSDate()`, `toString()`/`toJSON()` (ISO), `valueOf()` (ms, so `$now > other` works).
 * - `format(pattern)` / `toFormat(pattern)`: yyyy yy MMMM MMM MM M dd d EEEE EEE HH H hh h mm m
 *   ss s SSS a ZZ Z, text in single quotes is literal (`"yyyy-MM-dd'T'HH:mm"`).
 * - `plus(n, unit)` / `minus(n, unit)` or `plus({ days: 1, hours: 2 })`; units: years, months,
 *   weeks, days, hours, minutes, seconds, milliseconds (singular works too). Calendar units follow
 *   the wall clock of the zone (DST safe); a month step clamps the day (Jan 31 + 1 month = Feb 29).
 * - `startOf(unit)`, `endOf(unit)`, `setZone(zone)`, getters year month day hour minute second
 *   millisecond weekday (1 = Monday) zone.
 */
export const DATE_TIME_SOURCE = String.raw`(function createDateTimeKit() {
  'use strict';
  const partsFormatters = new Map();
  const MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December'];
  const DAYS = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'];
  const WEEKDAY = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
  const UNIT = { year: 'years', years: 'years', month: 'months', months: 'months', week: 'weeks', weeks: 'weeks',
    day: 'days', days: 'days', hour: 'hours', hours: 'hours', minute: 'minutes', minutes: 'minutes',
    second: 'seconds', seconds: 'seconds', millisecond: 'milliseconds', milliseconds: 'milliseconds', ms: 'milliseconds' };
  const UNIT_MS = { weeks: 604800000, days: 86400000, hours: 3600000, minutes: 60000, seconds: 1000, milliseconds: 1 };
  const TOKENS = /'([^']*)'|yyyy|yy|MMMM|MMM|MM|M|dd|d|EEEE|EEE|HH|H|hh|h|mm|m|ss|s|SSS|a|ZZ|Z/g;

  function formatterFor(zone) {
    let formatter = partsFormatters.get(zone);
    if (!formatter) {
      try {
        formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', weekday: 'short',
          year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      } catch (error) {
        throw new RangeError('unknown time zone "' + zone + '"; use an IANA name such as "Europe/Paris" or "UTC"');
      }
      partsFormatters.set(zone, formatter);
    }
    return formatter;
  }
  function fieldsOf(ms, zone) {
    const fields = { millisecond: ((ms % 1000) + 1000) % 1000 };
    for (const part of formatterFor(zone).formatToParts(ms)) {
      if (part.type === 'weekday') fields.weekday = WEEKDAY[part.value];
      else if (part.type !== 'literal') fields[part.type] = Number(part.value);
    }
    return fields;
  }
  function utcOfFields(f) {
    const date = new Date(0);
    date.setUTCFullYear(f.year, f.month - 1, f.day);
    date.setUTCHours(f.hour, f.minute, f.second, f.millisecond);
    return date.getTime();
  }
  function offsetMinutes(ms, zone) {
    return Math.round((utcOfFields(fieldsOf(ms, zone)) - ms) / 60000);
  }
  function fromWallClock(f, zone) {
    const wall = utcOfFields(f);
    const first = wall - offsetMinutes(wall, zone) * 60000;
    return wall - offsetMinutes(first, zone) * 60000;
  }
  function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  function pad(value, length) {
    return String(Math.abs(value)).padStart(length, '0');
  }
  function offsetText(minutes, colon) {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return sign + pad(Math.floor(abs / 60), 2) + (colon ? ':' : '') + pad(abs % 60, 2);
  }
  function unitOf(unit) {
    const name = UNIT[unit];
    if (!name) throw new RangeError('unknown unit "' + unit + '"; use years, months, weeks, days, hours, minutes, seconds or milliseconds');
    return name;
  }

  class DateTime {
    constructor(ms, zone) {
      if (!Number.isFinite(ms)) throw new RangeError('invalid date');
      formatterFor(zone);
      this.ms = ms;
      this.zone = zone;
      Object.freeze(this);
    }
    get fields() { return fieldsOf(this.ms, this.zone); }
    get year() { return this.fields.year; }
    get month() { return this.fields.month; }
    get day() { return this.fields.day; }
    get hour() { return this.fields.hour; }
    get minute() { return this.fields.minute; }
    get second() { return this.fields.second; }
    get millisecond() { return this.fields.millisecond; }
    get weekday() { return this.fields.weekday; }
    get offset() { return offsetMinutes(this.ms, this.zone); }
    toMillis() { return this.ms; }
    valueOf() { return this.ms; }
    toJSDate() { return new Date(this.ms); }
    toISODate() { return this.format('yyyy-MM-dd'); }
    toISO() { return this.format("yyyy-MM-dd'T'HH:mm:ss.SSSZZ"); }
    toString() { return this.toISO(); }
    toJSON() { return this.toISO(); }
    setZone(zone) { return new DateTime(this.ms, zone); }
    toFormat(pattern) { return this.format(pattern); }
    format(pattern) {
      if (typeof pattern !== 'string') throw new TypeError('format(pattern) needs a text pattern such as "yyyy-MM-dd"');
      const f = this.fields;
      const offset = Math.round((utcOfFields(f) - this.ms) / 60000);
      return pattern.replace(TOKENS, (token, literal) => {
        if (literal !== undefined) return literal === '' ? "'" : literal;
        switch (token) {
          case 'yyyy': return pad(f.year, 4);
          case 'yy': return pad(f.year % 100, 2);
          case 'MMMM': return MONTHS[f.month - 1];
          case 'MMM': return MONTHS[f.month - 1].slice(0, 3);
          case 'MM': return pad(f.month, 2);
          case 'M': return String(f.month);
          case 'dd': return pad(f.day, 2);
          case 'd': return String(f.day);
          case 'EEEE': return DAYS[f.weekday - 1];
          case 'EEE': return DAYS[f.weekday - 1].slice(0, 3);
          case 'HH': return pad(f.hour, 2);
          case 'H': return String(f.hour);
          case 'hh': return pad(f.hour % 12 || 12, 2);
          case 'h': return String(f.hour % 12 || 12);
          case 'mm': return pad(f.minute, 2);
          case 'm': return String(f.minute);
          case 'ss': return pad(f.second, 2);
          case 's': return String(f.second);
          case 'SSS': return pad(f.millisecond, 3);
          case 'a': return f.hour < 12 ? 'AM' : 'PM';
          case 'ZZ': return offsetText(offset, true);
          default: return offsetText(offset, false);
        }
      });
    }
    plus(amount, unit) {
      if (amount !== null && typeof amount === 'object') {
        let result = this;
        for (const key of Object.keys(amount)) result = result.plus(amount[key], key);
        return result;
      }
      if (typeof amount !== 'number' || !Number.isFinite(amount)) throw new TypeError('plus/minus needs a number, got ' + String(amount));
      const name = unitOf(unit === undefined ? 'milliseconds' : unit);
      if (name === 'hours' || name === 'minutes' || name === 'seconds' || name === 'milliseconds') {
        return new DateTime(this.ms + amount * UNIT_MS[name], this.zone);
      }
      const f = this.fields;
      if (name === 'days' || name === 'weeks') {
        const days = amount * (name === 'weeks' ? 7 : 1);
        const date = new Date(Date.UTC(f.year, f.month - 1, f.day + days));
        return new DateTime(fromWallClock({ ...f, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, this.zone), this.zone);
      }
      const months = f.month - 1 + amount * (name === 'years' ? 12 : 1);
      const year = f.year + Math.floor(months / 12);
      const month = (((months % 12) + 12) % 12) + 1;
      const day = Math.min(f.day, daysInMonth(year, month));
      return new DateTime(fromWallClock({ ...f, year, month, day }, this.zone), this.zone);
    }
    minus(amount, unit) {
      if (amount !== null && typeof amount === 'object') {
        const negative = {};
        for (const key of Object.keys(amount)) negative[key] = -amount[key];
        return this.plus(negative);
      }
      return this.plus(-amount, unit);
    }
    startOf(unit) {
      const name = unitOf(unit);
      const f = { ...this.fields };
      const order = ['years', 'months', 'days', 'hours', 'minutes', 'seconds'];
      if (name === 'weeks') {
        return this.plus(-(f.weekday - 1), 'days').startOf('days');
      }
      const keep = order.indexOf(name);
      if (keep < 0) return this;
      if (keep < 1) f.month = 1;
      if (keep < 2) f.day = 1;
      if (keep < 3) f.hour = 0;
      if (keep < 4) f.minute = 0;
      if (keep < 5) f.second = 0;
      f.millisecond = 0;
      return new DateTime(fromWallClock(f, this.zone), this.zone);
    }
    endOf(unit) {
      return this.startOf(unit).plus(1, unit).plus(-1, 'milliseconds');
    }
  }
  Object.freeze(DateTime.prototype);

  function fromValue(value, zone) {
    if (value instanceof DateTime) return value.setZone(zone);
    let ms = Number.NaN;
    if (value instanceof Date) ms = value.getTime();
    else if (typeof value === 'number') ms = value;
    else if (typeof value === 'string' && value.trim() !== '') ms = /^-?\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
    else if (value !== null && typeof value === 'object' && typeof value.toMillis === 'function') ms = value.toMillis();
    if (!Number.isFinite(ms)) throw new RangeError('"' + String(value) + '" is not a date; use an ISO date such as 2024-05-01T09:30:00Z or epoch milliseconds');
    return new DateTime(ms, zone);
  }
  return Object.freeze({ DateTime, now: (ms, zone) => new DateTime(ms, zone), fromValue });
})`;
