import type { ExecutionSummary } from '../../src/api/records.types';
import { executionQueryString } from '../../src/api/api';
import {
  NO_FILTER,
  byMode,
  isoOfLocal,
  queryOf,
  rangeProblem,
  type ExecutionFilter,
} from '../../src/executions/execution-filter';

const filter = (patch: Partial<ExecutionFilter>): ExecutionFilter => ({ ...NO_FILTER, ...patch });

describe('executions filter', () => {
  it('reads datetime-local values in local time and sends ISO times', () => {
    const local = '2024-05-01T09:30';
    expect(isoOfLocal(local)).toBe(new Date(2024, 4, 1, 9, 30).toISOString());
    expect(isoOfLocal('')).toBeUndefined();
    expect(isoOfLocal('not a date')).toBeUndefined();
  });

  it('builds the server query from status, workflow and time range (no mode: the API has none)', () => {
    const q = queryOf(
      filter({
        workflowId: 'w1',
        status: 'failed',
        from: '2024-05-01T00:00',
        to: '2024-05-02T00:00',
        mode: 'webhook',
      }),
      25,
    );
    expect(q).toEqual({
      limit: 25,
      workflowId: 'w1',
      status: 'failed',
      from: new Date(2024, 4, 1).toISOString(),
      to: new Date(2024, 4, 2).toISOString(),
    });
  });

  it.each([
    [{ from: '2024-05-02T00:00', to: '2024-05-01T00:00' }, '"From" must be before "To"'],
    [{ from: '2024-05-01T00:00', to: '2024-05-01T00:00' }, '"From" must be before "To"'],
    [{ from: 'soon' }, '"From" is not a date and time'],
    [{ to: '2024-05-01T00:00' }, null],
  ])('checks the time range %j', (patch, problem) => {
    expect(rangeProblem(filter(patch))).toBe(problem);
  });

  it('filters a page by trigger mode', () => {
    const runs = ['manual', 'webhook', 'manual'].map(
      (mode, i) => ({ id: `r${i}`, mode }) as ExecutionSummary,
    );
    expect(byMode(runs, 'manual').map((r) => r.id)).toEqual(['r0', 'r2']);
    expect(byMode(runs, '')).toHaveLength(3);
  });

  it.each([
    [{}, ''],
    [{ status: 'canceled', limit: 20 }, '?status=cancelled&limit=20'],
    [{ workflowId: 'w 1', status: '', cursor: 'abc' }, '?workflowId=w+1&cursor=abc'],
  ])('spells the query %j as the server reads it', (query, text) => {
    expect(executionQueryString(query)).toBe(text);
  });
});
