import type { RunStatus } from '../../src/api/records.types';
import { shouldRefresh } from '../../src/executions/live-refresh';

const runs = (...statuses: RunStatus[]) => statuses.map((status) => ({ status }));

describe('when an executions list asks again on its own', () => {
  it.each<[string, RunStatus[], DocumentVisibilityState, boolean]>([
    ['a queued run', ['success', 'queued'], 'visible', true],
    ['a running run', ['running'], 'visible', true],
    ['a waiting run (Wait node)', ['failed', 'waiting'], 'visible', true],
    ['only finished runs', ['success', 'failed', 'canceled'], 'visible', false],
    ['no runs', [], 'visible', false],
    ['a running run while the page is hidden', ['running'], 'hidden', false],
  ])('%s', (_label, statuses, visibility, refresh) => {
    expect(shouldRefresh(runs(...statuses), visibility)).toBe(refresh);
  });
});
