import { runNode } from '@ainow/engine/testing';
import { dateTime } from '@ainow/nodes/core';

const run = async (props: Record<string, unknown>, json: Record<string, unknown> = { id: 1 }) =>
  (await runNode(dateTime, { props, items: [{ json }] })).main[0];

describe('core.dateTime', () => {
  it.each([
    [
      { operation: 'format', value: '2024-07-01T12:00:00Z', timezone: 'Europe/Paris' },
      'date',
      '2024-07-01T14:00:00.000+02:00',
    ],
    [
      { operation: 'format', value: '2024-07-01T12:00:00Z', format: 'dd.MM.yyyy', outputField: 'day' },
      'day',
      '01.07.2024',
    ],
    [
      { operation: 'add', value: '2024-01-31', amount: 1, unit: 'months', format: 'date' },
      'date',
      '2024-02-29',
    ],
    [
      { operation: 'subtract', value: '2024-03-01 09:00', amount: 2, unit: 'hours', format: 'dateTime' },
      'date',
      '2024-03-01 07:00:00',
    ],
    [{ operation: 'diff', value: '2024-01-01', endValue: '2024-01-03T18:00:00Z', unit: 'days' }, 'diff', 2],
    [
      {
        operation: 'diff',
        value: '2024-01-01',
        endValue: '2024-01-03T18:00:00Z',
        unit: 'days',
        wholeUnits: false,
      },
      'diff',
      2.75,
    ],
    [
      { operation: 'parse', value: '03/05/2024', fromFormat: 'dd/MM/yyyy', timezone: 'Europe/Paris' },
      'date',
      '2024-05-03T00:00:00.000+02:00',
    ],
    [{ operation: 'parse', value: 1714555800, format: 'isoUtc' }, 'date', '2024-05-01T09:30:00.000Z'],
  ])('%j sets %s to %p', async (props, field, expected) => {
    const item = await run(props);
    expect(item.json).toEqual({ id: 1, [field]: expected });
    expect(item.pairedItem).toEqual({ item: 0 });
  });

  it('gives the current time', async () => {
    const before = Date.now();
    const item = await run({ operation: 'now', format: 'isoUtc' });
    expect(Date.parse(item.json.date as string)).toBeGreaterThanOrEqual(before);
  });

  it('diffs against now when no end date is given', async () => {
    const item = await run({
      operation: 'diff',
      value: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      unit: 'hours',
    });
    expect(item.json.diff).toBe(3);
  });

  it.each([
    [{ operation: 'format', value: 'tomorrow' }, /'tomorrow' is not a date/],
    [{ operation: 'parse', value: '2024-05-03', fromFormat: 'dd/MM/yyyy' }, /in the format 'dd\/MM\/yyyy'/],
    [
      { operation: 'format', value: '2024-01-01', timezone: 'Mars/Olympus' },
      /time zone 'Mars\/Olympus' is not known/,
    ],
    [{ operation: 'add', value: '2024-01-01', unit: 'fortnights' }, /unknown unit 'fortnights'/],
    [{ operation: 'teleport' }, /unknown operation/],
  ])('explains %j', async (props, message) => {
    await expect(run(props)).rejects.toThrow(message);
  });
});
