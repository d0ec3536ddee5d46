import { useEffect, useState } from 'react';
import { useEditor } from '../store/EditorStoreContext';

/** The editor's latest message, announced to screen readers, gone after a few seconds. */
export function Toast() {
  const toast = useEditor((s) => s.toast);
  // The `at` of the last toast that timed out: a newer toast shows until its own time is up.
  const [expired, setExpired] = useState<number | null>(null);
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setExpired(toast.at), toast.kind === 'error' ? 8000 : 3000);
    return () => clearTimeout(t);
  }, [toast]);
  if (!toast || expired === toast.at) return null;
  const cls =
    toast.kind === 'error' ? 'bg-red-700' : toast.kind === 'success' ? 'bg-emerald-700' : 'bg-slate-800';
  return (
    <div
      role={toast.kind === 'error' ? 'alert' : 'status'}
      className={`fixed bottom-5 left-1/2 z-[60] max-w-xl -translate-x-1/2 rounded-lg px-4 py-2 text-[13px] text-white shadow-lg ${cls}`}
      data-testid="toast"
    >
      {toast.kind === 'error' ? '✕ ' : toast.kind === 'success' ? '✓ ' : ''}
      {toast.message}
    </div>
  );
}
