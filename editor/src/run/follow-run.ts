import { api } from '../api/api';
import type { StepRecord } from '../api/records.types';
import { toStepRecord } from '../api/to-execution-record';
import type { EditorStore } from '../store/editor-store';

/** Server-sent event names, in the server's spelling (`step-started`) and the camel-case one. */
const EVENT_TYPES = [
  'snapshot',
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

/**
 * Follows a run over `GET /executions/:id/events` until it ends: nodes light up as steps start
 * and finish, and a run that pauses in a Wait node shows as waiting (it can still be stopped).
 * Resolves when the run has ended (or the stream broke); the caller then reads the whole run.
 *
 * @example
 * await followRun(store, runId);
 */
export function followRun(store: EditorStore, runId: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const source = new EventSource(api.executions.eventsUrl(runId));
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
      if (kind === 'snapshot') {
        // The run as it was when the stream opened: steps that ended before this editor listened,
        // and those still running then (`running`).
        const done = Array.isArray(event.steps) ? event.steps.map(toStepRecord) : [];
        const running: StepRecord[] = (Array.isArray(event.running) ? event.running : []).map(
          (raw: Record<string, unknown>) => ({
            nodeId: String(raw.nodeId),
            name: raw.nodeName as string | undefined,
            status: 'running',
          }),
        );
        store.getState().setRun((run) => ({
          ...run,
          status: event.status === 'waiting' ? 'waiting' : run.status,
          steps: {
            ...Object.fromEntries([...done, ...running].map((s) => [s.nodeId, s])),
            ...run.steps,
          },
        }));
        return;
      }
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
          status: run.status === 'waiting' ? 'running' : run.status,
          steps: { ...run.steps, [nodeId]: { ...run.steps[nodeId], ...step } },
        }));
      }
      if (kind === 'runFinished') {
        if (event.status === 'waiting') store.getState().setRun((run) => ({ ...run, status: 'waiting' }));
        else finish();
      }
    };
    source.onmessage = onEvent;
    for (const type of EVENT_TYPES) source.addEventListener(type, onEvent as EventListener);
    source.onerror = () => finish();
  });
}
