import { api } from '../api/api';
import type { EditorStore } from '../store/editor-store';
import { isRunLive, runStateOf } from '../store/run-state';
import { followRun } from './follow-run';
import { runBodyOf, startFailureMessage } from './run-options';

/** "Listen for test event" waits in the browser; Stop aborts that wait. One per editor. */
const listening = new WeakMap<EditorStore, AbortController>();
/** Stop was pressed before the server gave the run an id: cancel it as soon as it has one. */
const stopWhenStarted = new WeakSet<EditorStore>();

/**
 * Starts a run of the saved workflow (optionally up to one node, as a dry run, in the sandbox, or
 * waiting for a test webhook) and follows it live (server-sent events); when the run ends the full execution
 * (every step's items) is loaded.
 *
 * @example
 * await startRun(store, workflowId, { destinationNodeId: 'set', dryRun: true });
 */
export async function startRun(
  store: EditorStore,
  workflowId: string,
  options: { destinationNodeId?: string; listen?: boolean; dryRun?: boolean; sandbox?: boolean } = {},
): Promise<void> {
  const state = store.getState();
  const dryRun = options.dryRun && !options.listen ? true : undefined;
  const sandbox = options.sandbox ? true : undefined;
  const flags = { ...(dryRun ? { dryRun } : {}), ...(sandbox ? { sandbox } : {}) };
  stopWhenStarted.delete(store);
  state.setRun({ status: 'starting', steps: {}, ...flags });
  let runId: string | undefined;
  try {
    if (options.listen) {
      const abort = new AbortController();
      listening.set(store, abort);
      // The runs there were before anyone can know the URL: a test event that arrives at once counts.
      const before = new Set((await api.executions.list({ workflowId })).map((e) => e.id));
      const listen = await api.workflows.listenForTestEvent(workflowId, options.destinationNodeId, sandbox);
      state.notify(
        'info',
        `Listening: send a ${listen.method} request to ${window.location.origin}${listen.path}${options.dryRun ? ' (a test event runs for real, not as a dry run)' : ''}`,
      );
      runId = await waitForNewRun(
        workflowId,
        before,
        Date.parse(listen.until) || Date.now() + 120_000,
        abort.signal,
      );
      listening.delete(store);
      if (!runId) {
        state.setRun({ steps: {} });
        state.notify(
          'info',
          abort.signal.aborted ? 'Stopped listening.' : 'No test event arrived; stopped listening.',
        );
        return;
      }
    } else {
      const body = runBodyOf({ destinationNodeId: options.destinationNodeId, dryRun, sandbox });
      runId = (await api.workflows.run(workflowId, body)).runId;
    }
  } catch (e) {
    listening.delete(store);
    state.setRun({ status: 'failed', steps: {}, error: { message: (e as Error).message } });
    state.notify('error', startFailureMessage(e, !!sandbox));
    return;
  }
  state.setRun({ runId, status: 'running', steps: {}, ...flags });
  if (stopWhenStarted.delete(store)) void cancelRun(store);
  await followRun(store, runId);
  try {
    const execution = await pollFinished(runId);
    store.getState().setRun({ ...runStateOf(execution), ...flags });
    const failed = execution.steps.find((s) => s.status === 'failed');
    const notify = store.getState().notify;
    if (execution.status === 'success')
      notify(
        'success',
        dryRun
          ? 'Dry run finished: nothing was sent'
          : sandbox
            ? 'Sandbox run finished: the simulators answered; nothing reached a vendor'
            : 'Workflow ran successfully',
      );
    else if (execution.status === 'canceled') notify('info', 'Run stopped');
    else if (execution.status !== 'waiting')
      notify(
        'error',
        `Run failed${failed ? ` at ${failed.name ?? failed.nodeId}` : ''}: ${execution.error?.message ?? failed?.error?.message ?? ''}`,
      );
  } catch (e) {
    store.getState().notify('error', (e as Error).message);
  }
}

/**
 * Stops the run shown on the canvas (`POST /executions/:id/cancel`), or stops listening for a
 * test event. The run's own events then end it on the canvas as cancelled.
 *
 * @example
 * await cancelRun(store);
 */
export async function cancelRun(store: EditorStore): Promise<void> {
  const { run, notify } = store.getState();
  if (!isRunLive(run)) return;
  const listen = listening.get(store);
  if (!run.runId) {
    if (listen) listen.abort();
    else stopWhenStarted.add(store);
    return;
  }
  try {
    await api.executions.cancel(run.runId);
  } catch (e) {
    notify('error', `Could not stop the run: ${(e as Error).message}`);
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

async function waitForNewRun(
  workflowId: string,
  before: ReadonlySet<string>,
  until: number,
  signal: AbortSignal,
): Promise<string | undefined> {
  while (Date.now() < until && !signal.aborted) {
    await new Promise((r) => setTimeout(r, 1000));
    if (signal.aborted) return undefined;
    const fresh = (await api.executions.list({ workflowId })).find((e) => !before.has(e.id));
    if (fresh) return fresh.id;
  }
  return undefined;
}
