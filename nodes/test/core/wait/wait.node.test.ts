import type { WaitRequest } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';
import { wait } from '@ainow/nodes/core';

const items = [{ json: { id: 1 } }, { json: { id: 2 } }];

/** runNode's ctx.wait does nothing; this wraps the node to record what it asked for. */
async function waitRequests(props: Record<string, unknown>) {
  const requests: WaitRequest[] = [];
  const recording = {
    ...wait,
    run: (ctx: Parameters<NonNullable<typeof wait.run>>[0]) =>
      wait.run!({
        ...ctx,
        wait: async (request) => {
          requests.push(request);
        },
      }),
  };
  const out = await runNode(recording, { props, items });
  return { requests, out };
}

describe('core.wait', () => {
  it.each([
    [{ mode: 'duration', amount: 2, unit: 'hours' }, 2 * 3_600_000],
    [{ mode: 'duration', amount: 90, unit: 'seconds' }, 90_000],
    [{ mode: 'duration', amount: 1.5, unit: 'days' }, 1.5 * 86_400_000],
  ])('%j waits until now + %i ms and passes items on, paired', async (props, ms) => {
    const before = Date.now();
    const { requests, out } = await waitRequests(props);
    expect(requests).toHaveLength(1);
    const until = Date.parse(String(requests[0].until));
    expect(until - before).toBeGreaterThanOrEqual(ms - 5);
    expect(until - before).toBeLessThan(ms + 1000);
    expect(out.main).toEqual(items.map((item, i) => ({ ...item, pairedItem: { item: i } })));
  });

  it.each([
    ['2099-01-01T09:00:00Z', '2099-01-01T09:00:00.000Z'],
    ['2099-01-01 09:00', '2099-01-01T09:00:00.000Z'],
  ])('waits until %s (workflow time zone UTC)', async (until, expected) => {
    const { requests } = await waitRequests({ mode: 'until', until });
    expect(requests).toEqual([{ until: expected }]);
  });

  it('does not wait for a date in the past', async () => {
    const { requests, out } = await waitRequests({ mode: 'until', until: '2001-01-01T00:00:00Z' });
    expect(requests).toEqual([]);
    expect(out.main).toHaveLength(2);
  });

  it.each([
    [{ mode: 'resume' }, { forResume: true, until: undefined }],
    [
      { mode: 'resume', limitWait: true, until: '2099-01-01T00:00:00Z' },
      { forResume: true, until: '2099-01-01T00:00:00.000Z' },
    ],
  ])('resume mode %j asks for %j', async (props, expected) => {
    const { requests } = await waitRequests(props);
    expect(requests).toEqual([expected]);
  });

  it.each([
    [{ mode: 'duration', amount: -1 }, /0 or more/],
    [{ mode: 'until', until: 'next tuesday' }, /'next tuesday' is not a date/],
    [{ mode: 'later' }, /unknown wait mode/],
  ])('explains %j', async (props, message) => {
    await expect(waitRequests(props)).rejects.toThrow(message);
  });
});
