import { dateTimeKit } from '@ainow/engine/expression';

const kit = dateTimeKit();
const at = (iso: string, zone = 'Europe/Berlin') => kit.fromValue(iso, zone);

describe('dateTimeKit (the $now / $today / formatDate library)', () => {
  it.each([
    ["yyyy-MM-dd'T'HH:mm:ss.SSSZZ", '2024-03-30T13:05:09.007+01:00'],
    ['d.M.yy H:m:s', '30.3.24 13:5:9'],
    ['EEEE, d MMMM yyyy', 'Saturday, 30 March 2024'],
    ['EEE d MMM', 'Sat 30 Mar'],
    ['hh:mm a / h a', '01:05 PM / 1 PM'],
    ['Z', '+0100'],
    ["'at' HH'h' ''yy", "at 13h '24"],
  ])('formats %p', (pattern, expected) => {
    expect(at('2024-03-30T12:05:09.007Z').format(pattern)).toBe(expected);
  });

  it.each<[string, string, number | Record<string, number>, string | undefined, string]>([
    [
      'a day across the DST change keeps the wall clock',
      '2024-03-30T12:00:00Z',
      1,
      'day',
      '2024-03-31T13:00:00.000+02:00',
    ],
    [
      '24 hours across the DST change are 24 real hours',
      '2024-03-30T12:00:00Z',
      24,
      'hours',
      '2024-03-31T14:00:00.000+02:00',
    ],
    ['a month clamps the day', '2024-01-31T10:00:00Z', 1, 'month', '2024-02-29T11:00:00.000+01:00'],
    ['years', '2024-02-29T10:00:00Z', 1, 'years', '2025-02-28T11:00:00.000+01:00'],
    ['weeks backwards', '2024-05-15T10:00:00Z', -2, 'weeks', '2024-05-01T12:00:00.000+02:00'],
    [
      'an object of units',
      '2024-05-15T10:00:00Z',
      { days: 1, minutes: 30 },
      undefined,
      '2024-05-16T12:30:00.000+02:00',
    ],
  ])('plus: %s', (_, iso, amount, unit, expected) => {
    expect(at(iso).plus(amount, unit).toISO()).toBe(expected);
  });

  it.each([
    ['day', '2024-05-15T00:00:00.000+02:00'],
    ['week', '2024-05-13T00:00:00.000+02:00'],
    ['month', '2024-05-01T00:00:00.000+02:00'],
    ['year', '2024-01-01T00:00:00.000+01:00'],
    ['hour', '2024-05-15T12:00:00.000+02:00'],
  ])('startOf(%s)', (unit, expected) => {
    expect(at('2024-05-15T10:42:17.5Z').startOf(unit).toISO()).toBe(expected);
  });

  it('reads dates from many shapes and in any zone', () => {
    expect(kit.fromValue(0, 'America/New_York').toISO()).toBe('1969-12-31T19:00:00.000-05:00');
    expect(kit.fromValue('1714550400000', 'UTC').toISODate()).toBe('2024-05-01');
    expect(kit.fromValue(new Date('2024-05-01T00:00:00Z'), 'Asia/Kolkata').format('HH:mm ZZ')).toBe(
      '05:30 +05:30',
    );
    expect(at('2024-05-15T10:00:00Z').endOf('month').toISO()).toBe('2024-05-31T23:59:59.999+02:00');
    expect(at('2024-05-15T10:00:00Z').minus(1, 'day').weekday).toBe(2);
  });

  it.each([
    ['not a date', () => kit.fromValue('soon', 'UTC'), '"soon" is not a date'],
    ['an unknown zone', () => kit.fromValue(0, 'Mars/Base'), 'unknown time zone "Mars/Base"'],
    ['an unknown unit', () => at('2024-01-01').plus(1, 'fortnight'), 'unknown unit "fortnight"'],
  ])('explains %s', (_, run, message) => {
    expect(run).toThrow(message);
  });
});
