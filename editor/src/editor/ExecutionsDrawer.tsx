import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/api';
import type { ExecutionSummary } from '../api/records.types';
import { navigate } from '../app/router';
import { useEditor } from '../store/EditorStoreContext';
import { ExecutionStatus, formatDuration } from '../pages/ExecutionStatus';

/** This workflow's runs with a status filter; open one read-only on the canvas, or retry it. */
export function ExecutionsDrawer({ workflowId, onClose }: { workflowId: string; onClose(): void }) {
  const [list, setList] = useState<ExecutionSummary[]>([]);
  const [status, setStatus] = useState('');
  const lastRun = useEditor((s) => s.run.status);
  const reload = useCallback(
    () => void api.executions.list({ workflowId, status }).then(setList, () => undefined),
    [workflowId, status],
  );
  useEffect(reload, [reload, lastRun]);
  return (
    <aside
      className="flex w-80 shrink-0 flex-col border-l border-slate-200 bg-white"
      aria-label="Executions"
      data-testid="executions-drawer"
    >
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="text-[13px] font-semibold">Executions</h2>
        <select
          aria-label="Filter by status"
          className="ml-auto rounded border border-slate-300 px-1 py-0.5 text-[12px]"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        >
          <option value="">All</option>
          <option value="success">Succeeded</option>
          <option value="failed">Failed</option>
          <option value="running">Running</option>
          <option value="waiting">Waiting</option>
        </select>
        <button type="button" className="btn-ghost" aria-label="Close executions" onClick={onClose}>
          ×
        </button>
      </div>
      <ul className="flex-1 overflow-y-auto">
        {list.map((e) => (
          <li key={e.id} className="border-b border-slate-100 px-3 py-2 text-[12px]">
            <div className="flex items-center justify-between">
              <ExecutionStatus status={e.status} />
              <span className="text-slate-500">{formatDuration(e.durationMs)}</span>
            </div>
            <div className="mt-0.5 text-slate-600">
              {new Date(e.startedAt).toLocaleString()} · {e.mode}
            </div>
            <div className="mt-1 flex gap-2">
              <button
                type="button"
                className="text-indigo-700 underline"
                onClick={() => navigate(`/workflows/${workflowId}/executions/${e.id}`)}
                data-testid="open-execution"
              >
                Open
              </button>
              {e.status === 'failed' && (
                <button
                  type="button"
                  className="text-indigo-700 underline"
                  onClick={() => void api.executions.retry(e.id).then(reload, () => undefined)}
                >
                  Retry
                </button>
              )}
            </div>
          </li>
        ))}
        {list.length === 0 && <li className="p-4 text-[13px] text-slate-500">No runs yet.</li>}
      </ul>
    </aside>
  );
}
