import { api } from '../../src/api/api';
import { ApiError } from '../../src/api/http-client';
import { startRun } from '../../src/run/start-run';
import { createEditorStore } from '../../src/store/editor-store';
import { catalog, sampleWorkflow } from '../fixtures';

jest.mock('../../src/run/follow-run', () => ({ followRun: jest.fn(async () => undefined) }));

describe('starting a sandbox run', () => {
  afterEach(() => jest.restoreAllMocks());

  it('sends sandbox: true and marks the run on the canvas', async () => {
    const run = jest.spyOn(api.workflows, 'run').mockResolvedValue({ runId: 'r1' });
    jest.spyOn(api.executions, 'get').mockResolvedValue({
      id: 'r1',
      workflowId: 'w1',
      status: 'success',
      mode: 'manual',
      startedAt: '2026-01-01T00:00:00.000Z',
      steps: [],
    });
    const store = createEditorStore({ workflow: sampleWorkflow(), catalog });
    await startRun(store, 'w1', { destinationNodeId: 's', sandbox: true });
    expect(run).toHaveBeenCalledWith('w1', { destinationNodeId: 's', sandbox: true });
    expect(store.getState().run).toMatchObject({ runId: 'r1', status: 'success', sandbox: true });
    expect(store.getState().toast?.message).toMatch(/^Sandbox run finished/);
  });

  it("shows the server's message when it does not take sandbox runs (400)", async () => {
    jest
      .spyOn(api.workflows, 'run')
      .mockRejectedValue(new ApiError(400, 'invalid_body', "Unrecognized key(s) in object: 'sandbox'"));
    const store = createEditorStore({ workflow: sampleWorkflow(), catalog });
    await startRun(store, 'w1', { sandbox: true });
    expect(store.getState().toast).toMatchObject({
      kind: 'error',
      message: "Could not start the sandbox run: Unrecognized key(s) in object: 'sandbox'",
    });
    expect(store.getState().run.status).toBe('failed');
  });
});
