import { useState } from 'react';
import { cancelRun } from '../run/start-run';
import { useEditor, useEditorStore } from '../store/EditorStoreContext';
import { isRunLive } from '../store/run-state';
import { runButtonLabel } from '../run/run-options';

/**
 * Dry-run and Sandbox switches, Run, and Stop while a run is live. With Dry run on, write and send
 * nodes return what they would have sent without calling anyone; with Sandbox on, every vendor is
 * its local simulator (no credentials needed).
 */
export function RunControls({ onRun }: { onRun(): void }) {
  const store = useEditorStore();
  const dryRun = useEditor((s) => s.dryRun);
  const sandbox = useEditor((s) => s.sandbox);
  const live = useEditor((s) => isRunLive(s.run));
  const status = useEditor((s) => s.run.status);
  const [stopping, setStopping] = useState<string | null>(null);
  const runId = useEditor((s) => s.run.runId ?? 'listening');
  const stop = async () => {
    setStopping(runId);
    await cancelRun(store);
  };
  return (
    <>
      <label
        className={`ml-1 inline-flex items-center gap-1.5 whitespace-nowrap rounded px-1.5 py-0.5 text-[12px] ${dryRun ? 'bg-amber-100 text-amber-900' : 'text-slate-700'}`}
        title="Write and send nodes (email, CRM updates, HTTP calls) return what they would have sent, without calling anyone"
      >
        <input
          type="checkbox"
          role="switch"
          className="h-4 w-4 accent-amber-600"
          checked={dryRun}
          onChange={(e) => store.getState().setDryRun(e.target.checked)}
          aria-label="Dry run"
          data-testid="dry-run-toggle"
        />
        Dry run
      </label>
      <label
        className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded px-1.5 py-0.5 text-[12px] ${sandbox ? 'bg-sky-100 text-sky-900' : 'text-slate-700'}`}
        title="Vendors are replaced by local simulators: no real emails, SMS or CRM changes; credentials not needed"
      >
        <input
          type="checkbox"
          role="switch"
          className="h-4 w-4 accent-sky-600"
          checked={sandbox}
          onChange={(e) => store.getState().setSandbox(e.target.checked)}
          aria-label="Sandbox"
          data-testid="sandbox-toggle"
        />
        Sandbox
      </label>
      {live && (
        <button
          type="button"
          className="btn-secondary text-red-700"
          onClick={() => void stop()}
          disabled={stopping === runId}
          data-testid="cancel-run"
          title={status === 'starting' && runId === 'listening' ? 'Stop listening' : 'Stop this run'}
        >
          {stopping === runId ? 'Stopping…' : '■ Stop'}
        </button>
      )}
      <button
        type="button"
        className={`whitespace-nowrap ${dryRun ? 'btn-primary !bg-amber-600 hover:!bg-amber-700' : 'btn-primary'}`}
        onClick={onRun}
        disabled={live}
        data-testid="run"
      >
        {runButtonLabel({ live, status, dryRun, sandbox })}
      </button>
    </>
  );
}
