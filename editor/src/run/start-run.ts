import { api } from '../api/api';
import type { RunEvent, StepRecord } from '../api/records.types';
import type { EditorStore } from '../store/editor-store';
import { runStateOf } from '../store/run-state';

/**
 * Starts a run of the saved workflow (optionally up to one node, or waiting for a test webhook)
 * and follows it live: server-sent events light nodes up as steps start and finish; when the run
 * ends the full execution (every step's items) is loaded.
 *
 * @example
 * await startRun(store, workflowId, { destinationNodeId: 'set' });
 */
export async function startRun(
  store: EditorStore,
  workflowId: string,
  options: { destinationNodeId?: string; listen?: boolean } = {},
): Promise<void> {
  const state = store.getState();
  state.setRun({ status: 'starting', steps: {} });
  let runId: string | undefined;
  try {
    const answer = await api.workflows.run(workflowId, {
      ...(options.destinationNodeId ? { destinationNodeId: options.destinationNodeId } : {}),
      ...(options.listen ? { waitForWebhook: true } : {}),
    } as never);
    runId = (answer as { runId?: string }).runId;
    if (!runId && options.listen) {
      state.notify('info', 'Listening for a test event: send a request to the test URL.');
      runId = await waitForNewRun(workflowId);
    }
  } catch (e) {
    state.setRun({ status: 'failed', steps: {}, error: { message: (e as Error).message } });
    state.notify('error', `Could not start the run: ${(e as Error).message}`);
    return;
  }
  if (!runId) return;
  state.setRun({ runId, status: 'running', steps: {} });
  await new Promise<void>((resolve) => {
    const source = new EventSource(api.executions.eventsUrl(runId!));
    const finish = () => {
      source.close();
      resolve();
    };
    const onEvent = (message: MessageEvent) => {
      let event: RunEvent;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      if ((event.type === 'stepStarted' || event.type === 'stepFinished') && event.nodeId) {
        const step = {
          nodeId: event.nodeId,
          status: event.type === 'stepStarted' ? 'running' : 'success',
          ...(event.step ?? {}),
        } as StepRecord;
        store.getState().setRun((run) => ({
          ...run,
          steps: { ...run.steps, [event.nodeId!]: { ...run.steps[event.nodeId!], ...step } },
        }));
      }
      if (event.type === 'runFinished') finish();
    };
    source.onmessage = onEvent;
    for (const type of ['stepStarted', 'stepFinished', 'runFinished'])
      source.addEventListener(type, onEvent as EventListener);
    source.onerror = () => finish();
  });
  try {
    const execution = await pollFinished(runId);
    store.getState().setRun(runStateOf(execution));
    const failed = execution.steps.find((s) => s.status === 'failed');
    store
      .getState()
      .notify(
        execution.status === 'success' ? 'success' : 'error',
        execution.status === 'success'
          ? 'Workflow ran successfully'
          : `Run failed${failed ? ` at ${failed.name ?? failed.nodeId}` : ''}: ${execution.error?.message ?? failed?.error?.message ?? ''}`,
      );
  } catch (e) {
    store.getState().notify('error', (e as Error).message);
  }
}

async function pollFinished(runId: string) {
  for (let i = 0; i < 120; i++) {
    const execution = await api.executions.get(runId);
    if (execution.status !== 'running' && execution.status !== 'queued') return execution;
    await new Promise((r) => setTimeout(r, 250));
  }
  return api.executions.get(runId);
}

async function waitForNewRun(workflowId: string): Promise<string | undefined> {
  const before = new Set((await api.executions.list({ workflowId })).map((e) => e.id));
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const fresh = (await api.executions.list({ workflowId })).find((e) => !before.has(e.id));
    if (fresh) return fresh.id;
  }
  return undefined;
}
