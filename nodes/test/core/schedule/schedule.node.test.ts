import { runNode } from '@ainow/engine/testing';
import { nextRuns, schedule, validateSchedule } from '@ainow/nodes/core';

describe('nextRuns', () => {
  it.each([
    ['0 9 * * 1-5', 'Europe/Paris', ['2024-05-06T07:00:00.000Z', '2024-05-07T07:00:00.000Z']],
    ['0 9 * * 1-5', 'America/New_York', ['2024-05-03T13:00:00.000Z', '2024-05-06T13:00:00.000Z']],
    ['*/30 * * * *', 'UTC', ['2024-05-03T12:30:00.000Z', '2024-05-03T13:00:00.000Z']],
    ['0 0 1 * *', undefined, ['2024-06-01T00:00:00.000Z', '2024-07-01T00:00:00.000Z']],
  ])('%s in %s', (cron, tz, expected) => {
    const from = new Date('2024-05-03T12:00:00Z'); // a Friday
    expect(nextRuns(cron, tz, 2, from).map((d) => d.toISOString())).toEqual(expected);
  });

  it('keeps local time across daylight saving', () => {
    const runs = nextRuns('0 9 * * *', 'Europe/Paris', 3, new Date('2024-03-29T12:00:00Z'));
    expect(runs.map((d) => d.toISOString())).toEqual([
      '2024-03-30T08:00:00.000Z',
      '2024-03-31T07:00:00.000Z',
      '2024-04-01T07:00:00.000Z',
    ]);
  });
});

describe('validateSchedule', () => {
  it.each([
    ['0 9 * * 1-5', 'UTC', 0],
    ['0 0 9 * * 1-5', 'Europe/Paris', 0],
    ['61 * * * *', 'UTC', 1],
    ['', 'UTC', 1],
    ['0 9 * * *', 'Mars/Olympus', 1],
  ])('%p in %p has %i problem(s)', (cron, tz, count) => {
    expect(validateSchedule(cron, tz)).toHaveLength(count);
  });

  it('explains the problem', () => {
    expect(validateSchedule('61 * * * *', 'Mars/Olympus').join(' ')).toMatch(
      /time zone 'Mars\/Olympus'.*cron expression '61/,
    );
  });
});

describe('core.schedule', () => {
  it('outputs timestamp, scheduledAt and timezone, keeping what the scheduler passed', async () => {
    const before = Date.now();
    const out = await runNode(schedule, {
      props: { cron: '0 9 * * *', timezone: 'Europe/Paris' },
      items: [{ json: { scheduledAt: '2024-05-06T07:00:00Z', extra: 1 } }],
    });
    const json = out.main[0].json;
    expect(json).toMatchObject({
      scheduledAt: '2024-05-06T07:00:00.000Z',
      timezone: 'Europe/Paris',
      extra: 1,
    });
    expect(Date.parse(json.timestamp as string)).toBeGreaterThanOrEqual(before - 1);
    expect(out.main[0].pairedItem).toEqual({ item: 0 });
  });

  it("uses the workflow's time zone when none is set", async () => {
    const out = await runNode(schedule, { props: { cron: '0 9 * * *' }, items: [{ json: {} }] });
    expect(out.main[0].json.timezone).toBe('UTC');
    expect(out.main[0].json.scheduledAt).toBe(out.main[0].json.timestamp);
  });

  it('fails on an invalid cron', async () => {
    await expect(runNode(schedule, { props: { cron: 'every day' }, items: [{ json: {} }] })).rejects.toThrow(
      /cron expression 'every day' is not valid/,
    );
  });
});
