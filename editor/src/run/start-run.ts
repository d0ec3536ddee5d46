import { api } from '../api/api';
import type { StepRecord } from '../api/records.types';
import { toStepRecord } from '../api/to-execution-record';
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
    if (options.listen) {
      const listening = await api.workflows.listenForTestEvent(workflowId, options.destinationNodeId);
      state.setRun({ status: 'starting', steps: {} });
      state.notify(
        'info',
        `Listening: send a ${listening.method} request to ${window.location.origin}${listening.path}`,
      );
      runId = await waitForNewRun(workflowId, Date.parse(listening.until) || Date.now() + 120_000);
      if (!runId) {
        state.setRun({ steps: {} });
        state.notify('info', 'No test event arrived; stopped listening.');
        return;
      }
    } else {
      const body = options.destinationNodeId ? { destinationNodeId: options.destinationNodeId } : {};
      runId = (await api.workflows.run(workflowId, body)).runId;
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
      let event: Record<string, unknown>;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      const kind = normaliseEventType(String(event.type ?? message.type));
      if (kind === 'stepStarted' || kind === 'stepFinished') {
        const raw = (event.step ?? event) as Record<string, unknown>;
        const nodeId = String(raw.nodeId ?? event.nodeId ?? '');
        if (!nodeId) return;
        const step: StepRecord =
          kind === 'stepStarted'
            ? { nodeId, name: raw.nodeName as string | undefined, status: 'running' }
            : toStepRecord({ ...raw, nodeId });
        store.getState().setRun((run) => ({
          ...run,
          steps: { ...run.steps, [nodeId]: { ...run.steps[nodeId], ...step } },
        }));
      }
      if (kind === 'runFinished' && event.status !== 'waiting') finish();
    };
    source.onmessage = onEvent;
    for (const type of EVENT_TYPES) source.addEventListener(type, onEvent as EventListener);
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

/** Server-sent event names, in the server's spelling (`step-started`) and the camel-case one. */
const EVENT_TYPES = [
  'step-started',
  'step-finished',
  'run-finished',
  'stepStarted',
  'stepFinished',
  'runFinished',
];

function normaliseEventType(type: string): string {
  return type.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());
}

async function waitForNewRun(workflowId: string, until: number): Promise<string | undefined> {
  const before = new Set((await api.executions.list({ workflowId })).map((e) => e.id));
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 1000));
    const fresh = (await api.executions.list({ workflowId })).find((e) => !before.has(e.id));
    if (fresh) return fresh.id;
  }
  return undefined;
}
