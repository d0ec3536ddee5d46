import { fromZoned, parseDateInput, toZonedIso, zonedParts } from '@ainow/nodes/core';

describe('zoned time', () => {
  it.each([
    [
      Date.UTC(2024, 6, 1, 12),
      'Europe/Paris',
      { year: 2024, month: 7, day: 1, hour: 14, weekday: 1, offsetMinutes: 120 },
    ],
    [
      Date.UTC(2024, 0, 1, 3),
      'America/New_York',
      { year: 2023, month: 12, day: 31, hour: 22, weekday: 0, offsetMinutes: -300 },
    ],
    [
      Date.UTC(2024, 0, 1, 0, 0, 0, 5),
      'Asia/Kolkata',
      { hour: 5, minute: 30, millisecond: 5, offsetMinutes: 330 },
    ],
  ])('zonedParts(%i, %s)', (ms, tz, expected) => {
    expect(zonedParts(ms, tz)).toMatchObject(expected);
  });

  it.each([
    [
      'an ordinary time',
      { year: 2024, month: 1, day: 15, hour: 9 },
      'America/New_York',
      '2024-01-15T14:00:00.000Z',
    ],
    [
      'the spring gap, moved forward',
      { year: 2024, month: 3, day: 31, hour: 2, minute: 30 },
      'Europe/Paris',
      '2024-03-31T01:30:00.000Z',
    ],
    [
      'the autumn overlap, earlier instant',
      { year: 2024, month: 10, day: 27, hour: 2, minute: 30 },
      'Europe/Paris',
      '2024-10-27T00:30:00.000Z',
    ],
  ])('fromZoned: %s', (_name, local, tz, iso) => {
    expect(new Date(fromZoned(local, tz)).toISOString()).toBe(iso);
  });

  it('writes ISO text with the local offset', () => {
    expect(toZonedIso(Date.UTC(2024, 6, 1, 12), 'Europe/Paris')).toBe('2024-07-01T14:00:00.000+02:00');
    expect(toZonedIso(Date.UTC(2024, 6, 1, 12), 'UTC')).toBe('2024-07-01T12:00:00.000+00:00');
  });
});

describe('parseDateInput', () => {
  it.each<[unknown, string, string | undefined]>([
    ['2024-05-01T09:30:00Z', 'Europe/Paris', '2024-05-01T09:30:00.000Z'],
    ['2024-05-01T09:30:00+02:00', 'UTC', '2024-05-01T07:30:00.000Z'],
    ['2024-05-01 09:30', 'Europe/Paris', '2024-05-01T07:30:00.000Z'],
    ['2024-05-01', 'America/New_York', '2024-05-01T04:00:00.000Z'],
    ['2024-05-01T09:30:00.123', 'UTC', '2024-05-01T09:30:00.123Z'],
    [1714555800, 'UTC', '2024-05-01T09:30:00.000Z'],
    [1714555800000, 'UTC', '2024-05-01T09:30:00.000Z'],
    ['1714555800', 'UTC', '2024-05-01T09:30:00.000Z'],
    [new Date('2024-05-01T09:30:00Z'), 'UTC', '2024-05-01T09:30:00.000Z'],
    ['Wed, 01 May 2024 09:30:00 GMT', 'Europe/Paris', '2024-05-01T09:30:00.000Z'],
    ['2024-02-30', 'UTC', undefined],
    ['soon', 'UTC', undefined],
    [null, 'UTC', undefined],
  ])('%p in %s', (value, tz, iso) => {
    const ms = parseDateInput(value, tz);
    expect(ms === undefined ? undefined : new Date(ms).toISOString()).toBe(iso);
  });
});
