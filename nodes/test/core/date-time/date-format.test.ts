import { formatDate, parseWithFormat } from '@ainow/nodes/core';

const ms = Date.UTC(2024, 6, 1, 12, 5, 9, 7); // Monday 1 July 2024 12:05:09.007 UTC

describe('formatDate', () => {
  it.each([
    ['', 'Europe/Paris', '2024-07-01T14:05:09.007+02:00'],
    ['iso', 'UTC', '2024-07-01T12:05:09.007+00:00'],
    ['isoUtc', 'Europe/Paris', '2024-07-01T12:05:09.007Z'],
    ['date', 'Pacific/Auckland', '2024-07-02'],
    ['dateTime', 'Europe/Paris', '2024-07-01 14:05:09'],
    ["EEEE d MMMM yyyy 'at' HH:mm", 'Europe/Paris', 'Monday 1 July 2024 at 14:05'],
    ['EEE, dd MMM yy h:mm a', 'America/New_York', 'Mon, 01 Jul 24 8:05 AM'],
    ['hh:mm:ss.SSS a Z ZZ', 'Asia/Kolkata', '05:35:09.007 PM +05:30 +0530'],
    ["X x 'it''s'", 'UTC', `${Math.floor(ms / 1000)} ${ms} it's`],
    ['d/M/yyyy', 'UTC', '1/7/2024'],
  ])('%p in %s', (pattern, tz, expected) => {
    expect(formatDate(ms, pattern, tz)).toBe(expected);
  });

  it('names months and days in the chosen language', () => {
    expect(formatDate(ms, 'EEEE d MMMM', 'UTC', 'fr-FR')).toBe('lundi 1 juillet');
  });
});

describe('parseWithFormat', () => {
  it.each([
    ['03/05/2024 14:30', 'dd/MM/yyyy HH:mm', 'UTC', '2024-05-03T14:30:00.000Z'],
    ['03/05/2024 14:30', 'dd/MM/yyyy HH:mm', 'Europe/Paris', '2024-05-03T12:30:00.000Z'],
    ['May 3, 2024 2:30 PM', 'MMM d, yyyy h:mm a', 'UTC', '2024-05-03T14:30:00.000Z'],
    ['Friday 3 May 2024', 'EEEE d MMMM yyyy', 'UTC', '2024-05-03T00:00:00.000Z'],
    ['2024-05-03 14:30 +0200', 'yyyy-MM-dd HH:mm ZZ', 'America/New_York', '2024-05-03T12:30:00.000Z'],
    ['12:00 AM 1/1/24', 'h:mm a d/M/yy', 'UTC', '2024-01-01T00:00:00.000Z'],
    ['1714555800', 'X', 'UTC', '2024-05-01T09:30:00.000Z'],
  ])('%p as %p in %s', (text, pattern, tz, iso) => {
    const parsed = parseWithFormat(text, pattern, tz);
    expect(parsed === undefined ? undefined : new Date(parsed).toISOString()).toBe(iso);
  });

  it.each([
    ['31/02/2024', 'dd/MM/yyyy'],
    ['2024-05-03', 'dd/MM/yyyy'],
  ])('rejects %p as %p', (text, pattern) => {
    expect(parseWithFormat(text, pattern, 'UTC')).toBeUndefined();
  });

  it('round-trips what formatDate writes', () => {
    const pattern = 'EEE d MMM yyyy HH:mm:ss.SSS Z';
    expect(parseWithFormat(formatDate(ms, pattern, 'America/New_York'), pattern, 'UTC')).toBe(ms);
  });
});
