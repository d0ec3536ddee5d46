import type { StepRecord } from '../api/records.types';

/** The status line under a node's name: icon and words, so status never rests on colour alone. */
export function NodeStatus({
  step,
  disabled,
  pinned,
  wontSend,
}: {
  step?: StepRecord;
  disabled?: boolean;
  pinned?: boolean;
  /** The dry-run switch is on and this node writes or sends: it will call nobody. */
  wontSend?: boolean;
}) {
  let text: string | null = null;
  let cls = 'text-slate-500';
  if (step?.status === 'running') {
    text = '◌ Running…';
    cls = 'text-indigo-600';
  } else if (step?.status === 'success') {
    const out = Object.values(step.itemsOut ?? {}).reduce((a, b) => a + b, 0);
    text = `✓ ${out} item${out === 1 ? '' : 's'}${step.dryRun ? ' · dry run' : ''}`;
    cls = step.dryRun ? 'text-amber-800' : 'text-emerald-700';
  } else if (step?.status === 'failed') {
    text = `✕ Failed${step.error?.message ? `: ${step.error.message}` : ''}`;
    cls = 'text-red-700';
  } else if (step?.status === 'skipped') {
    text = '– Skipped (no items)';
  } else if (step?.status === 'waiting') {
    text = '‖ Waiting';
    cls = 'text-amber-800';
  } else if (step?.status === 'canceled') {
    text = '■ Stopped';
  }
  return (
    <div className="mt-1 flex items-center gap-2 truncate px-2.5 text-[11px]" data-testid="node-status">
      {text && (
        <span className={`truncate ${cls}`} title={text}>
          {text}
        </span>
      )}
      {wontSend && !step && (
        <span
          className="rounded bg-amber-100 px-1 text-amber-900"
          title="Dry run: this node will not call anyone; it shows what it would have sent"
          data-testid="dry-run-badge"
        >
          ⊘ Won’t send
        </span>
      )}
      {disabled && <span className="rounded bg-slate-100 px-1 text-slate-600">Disabled</span>}
      {pinned && (
        <span className="rounded bg-indigo-50 px-1 text-indigo-700" title="Uses pinned test data">
          ● Pinned
        </span>
      )}
    </div>
  );
}
