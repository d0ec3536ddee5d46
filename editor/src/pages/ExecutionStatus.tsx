import type { RunStatus } from '../api/records.types';

const LOOK: Record<string, { icon: string; cls: string; text: string }> = {
  success: { icon: '✓', cls: 'bg-emerald-50 text-emerald-800', text: 'Succeeded' },
  failed: { icon: '✕', cls: 'bg-red-50 text-red-800', text: 'Failed' },
  running: { icon: '◌', cls: 'bg-indigo-50 text-indigo-800', text: 'Running' },
  queued: { icon: '…', cls: 'bg-slate-100 text-slate-700', text: 'Queued' },
  waiting: { icon: '‖', cls: 'bg-amber-50 text-amber-800', text: 'Waiting' },
  canceled: { icon: '■', cls: 'bg-slate-100 text-slate-700', text: 'Canceled' },
};

/** A run's status as icon and word (never colour alone). */
export function ExecutionStatus({ status }: { status: RunStatus }) {
  const look = LOOK[status] ?? LOOK.queued;
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-[12px] font-medium ${look.cls}`}
    >
      {look.icon} {look.text}
    </span>
  );
}

export function formatDuration(ms?: number | null): string {
  if (ms === undefined || ms === null) return '—';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
