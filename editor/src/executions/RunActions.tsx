import { useState } from 'react';
import { api } from '../api/api';
import type { ExecutionSummary } from '../api/records.types';

/**
 * What can be done with one run of a list: open it on the canvas, stop it while it is queued,
 * running or waiting, retry it from the failed step when it failed or was stopped.
 */
export function RunActions({
  run,
  onOpen,
  onChanged,
  onError,
}: {
  run: ExecutionSummary;
  onOpen(): void;
  onChanged(): void;
  onError(message: string): void;
}) {
  const [busy, setBusy] = useState(false);
  const act = (call: Promise<unknown>) => {
    setBusy(true);
    call.then(onChanged, (e) => onError((e as Error).message)).finally(() => setBusy(false));
  };
  const live = run.status === 'queued' || run.status === 'running' || run.status === 'waiting';
  const link = 'text-indigo-700 underline disabled:opacity-50';
  return (
    <span className="inline-flex gap-3">
      <button type="button" className={link} onClick={onOpen} data-testid="open-execution">
        Open
      </button>
      {live && (
        <button
          type="button"
          className="text-red-700 underline disabled:opacity-50"
          disabled={busy}
          onClick={() => act(api.executions.cancel(run.id))}
          data-testid="stop-execution"
        >
          {busy ? 'Stopping…' : 'Stop'}
        </button>
      )}
      {(run.status === 'failed' || run.status === 'canceled') && (
        <button
          type="button"
          className={link}
          disabled={busy}
          onClick={() => act(api.executions.retry(run.id))}
          data-testid="retry-execution"
        >
          Retry
        </button>
      )}
    </span>
  );
}
