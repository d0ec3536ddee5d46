import { addToDate, dateDiff, type DateUnit } from '@ainow/nodes/core';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string) => Date.parse(text);

describe('addToDate', () => {
  it.each<[string, number, DateUnit, string, string]>([
    ['2024-01-31T10:00:00Z', 1, 'months', 'UTC', '2024-02-29T10:00:00.000Z'],
    ['2023-01-31T10:00:00Z', 1, 'months', 'UTC', '2023-02-28T10:00:00.000Z'],
    ['2024-02-29T10:00:00Z', 1, 'years', 'UTC', '2025-02-28T10:00:00.000Z'],
    ['2024-03-15T10:00:00Z', -3, 'months', 'UTC', '2023-12-15T10:00:00.000Z'],
    ['2024-03-30T08:00:00Z', 1, 'days', 'Europe/Paris', '2024-03-31T07:00:00.000Z'],
    ['2024-03-30T08:00:00Z', 24, 'hours', 'Europe/Paris', '2024-03-31T08:00:00.000Z'],
    ['2024-01-01T00:00:00Z', 2, 'weeks', 'UTC', '2024-01-15T00:00:00.000Z'],
    ['2024-01-01T00:00:00Z', 1.5, 'days', 'UTC', '2024-01-02T12:00:00.000Z'],
    ['2024-01-01T00:00:00Z', 90, 'minutes', 'UTC', '2024-01-01T01:30:00.000Z'],
    ['2024-01-01T00:00:00Z', -30, 'seconds', 'UTC', '2023-12-31T23:59:30.000Z'],
  ])('%s + %p %s in %s is %s', (start, amount, unit, tz, expected) => {
    expect(iso(addToDate(at(start), amount, unit, tz))).toBe(expected);
  });
});

describe('dateDiff', () => {
  it.each<[string, string, DateUnit, number]>([
    ['2024-01-01T00:00:00Z', '2024-01-03T12:00:00Z', 'days', 2.5],
    ['2024-01-01T00:00:00Z', '2024-01-01T02:30:00Z', 'hours', 2.5],
    ['2024-01-31T00:00:00Z', '2024-02-29T00:00:00Z', 'months', 1], // as Jan 31 + 1 month is Feb 29
    ['2024-01-31T00:00:00Z', '2024-02-28T00:00:00Z', 'months', 0],
    ['2024-01-15T00:00:00Z', '2024-03-15T00:00:00Z', 'months', 2],
    ['2024-03-15T00:00:00Z', '2024-01-15T00:00:00Z', 'months', -2],
    ['2020-06-01T00:00:00Z', '2024-05-31T00:00:00Z', 'years', 3],
    ['2024-01-01T00:00:00Z', '2024-01-08T00:00:00Z', 'weeks', 1],
  ])('%s → %s in %s is %p', (start, end, unit, expected) => {
    expect(dateDiff(at(start), at(end), unit, 'UTC')).toBeCloseTo(expected, 9);
  });
});
