import { toExecutionRecord, toExecutionSummary, toStepRecord } from '../../src/api/to-execution-record';

describe('runs as the server answers them', () => {
  it.each([
    ['error', 'failed'],
    ['cancelled', 'canceled'],
    ['success', 'success'],
    ['skipped', 'skipped'],
  ])("reads the engine's step status %s as %s", (server, editor) => {
    expect(toStepRecord({ nodeId: 'n', status: server }).status).toBe(editor);
  });

  it.each([
    [{ dryRun: true, sandbox: false }, { dryRun: true }],
    [{ dryRun: false, sandbox: true }, { sandbox: true }],
    [{ options: { dryRun: true } }, { dryRun: true }],
    [{}, {}],
  ])('reads the run flags of a list row %j', (flags, expected) => {
    const row = toExecutionSummary({ id: 'r', workflowId: 'w', status: 'success', ...flags });
    expect({ dryRun: row.dryRun, sandbox: row.sandbox }).toEqual({
      dryRun: undefined,
      sandbox: undefined,
      ...expected,
    });
  });

  it("marks dry runs from the run's options and each held step", () => {
    const run = toExecutionRecord({
      id: 'r1',
      workflowId: 'w1',
      status: 'success',
      mode: 'manual',
      createdAt: '2024-05-01T00:00:00.000Z',
      options: { dryRun: true },
      steps: [
        { nodeId: 'a', index: 0, status: 'success', dryRun: false, items: { main: [] } },
        {
          nodeId: 'b',
          index: 1,
          status: 'success',
          dryRun: true,
          items: { main: [{ json: { dryRun: {} } }] },
        },
      ],
    });
    expect(run.dryRun).toBe(true);
    expect(run.steps.map((s) => s.dryRun)).toEqual([undefined, true]);
    expect(toExecutionRecord({ id: 'r2', workflowId: 'w1', status: 'cancelled', options: {} })).toMatchObject(
      {
        status: 'canceled',
      },
    );
    expect(
      toExecutionRecord({ id: 'r2', workflowId: 'w1', status: 'success', options: {} }).dryRun,
    ).toBeUndefined();
  });
});
