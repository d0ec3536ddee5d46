import { useEditor } from '../store/EditorStoreContext';

/** The run shown on the canvas in words: live progress, waiting, stopped, a dry run's result, or a past run. */
export function RunBanner() {
  const run = useEditor((s) => s.run);
  const readOnly = useEditor((s) => s.readOnly);
  if (!run.status) return null;
  const dry = run.dryRun ? 'Dry run' : 'Run';
  const failure = `✕ ${run.dryRun ? 'Dry run' : 'Last run'} failed${run.error?.message ? `: ${run.error.message}` : ''}`;
  const text =
    run.status === 'starting'
      ? `◌ Starting ${dry.toLowerCase()}…`
      : run.status === 'running' || run.status === 'queued'
        ? `◌ ${run.dryRun ? 'Dry run: running' : 'Running'}… ${Object.values(run.steps).filter((s) => s.status !== 'running').length} step(s) done`
        : run.status === 'waiting'
          ? `‖ ${dry} waiting in a Wait node; it goes on later (Stop ends it)`
          : run.status === 'success'
            ? run.dryRun
              ? '✓ Dry run finished: nothing was sent; write and send nodes show what they would have sent'
              : '✓ Last run succeeded'
            : run.status === 'failed'
              ? failure
              : run.status === 'canceled'
                ? `■ ${dry} stopped`
                : `${dry} ${run.status}`;
  const cls =
    run.status === 'success'
      ? run.dryRun
        ? 'bg-amber-50 text-amber-900 border-amber-300'
        : 'bg-emerald-50 text-emerald-800 border-emerald-200'
      : run.status === 'failed'
        ? 'bg-red-50 text-red-800 border-red-200'
        : run.status === 'canceled'
          ? 'bg-slate-50 text-slate-800 border-slate-300'
          : 'bg-indigo-50 text-indigo-800 border-indigo-200';
  const past =
    run.status === 'success'
      ? '✓ Succeeded'
      : run.status === 'failed'
        ? `✕ Failed${run.error?.message ? `: ${run.error.message}` : ''}`
        : run.status === 'canceled'
          ? '■ Stopped'
          : (run.status ?? '');
  return (
    <div
      className={`absolute left-1/2 top-3 z-10 max-w-[70%] -translate-x-1/2 truncate rounded-full border px-4 py-1.5 text-[13px] shadow-sm ${cls}`}
      role="status"
      data-testid="run-status"
      data-dry-run={run.dryRun ? 'true' : undefined}
      data-run-id={run.runId}
    >
      {readOnly && run.runId
        ? `Past ${run.dryRun ? 'dry run' : 'run'} from ${run.startedAt ? new Date(run.startedAt).toLocaleString() : run.runId} (read-only) · ${past}`
        : text}
    </div>
  );
}
