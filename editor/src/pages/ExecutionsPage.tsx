import { useEffect, useState } from 'react';
import { api } from '../api/api';
import type { ExecutionSummary } from '../api/records.types';
import { ExecutionStatus, formatDuration } from './ExecutionStatus';

/** Every run of every workflow, filterable by status; open one read-only or retry a failed one. */
export function ExecutionsPage() {
  const [list, setList] = useState<ExecutionSummary[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reload = () => api.executions.list({ status }).then(setList, (e) => setError((e as Error).message));
  useEffect(() => void reload(), [status]);
  return (
    <div className="mx-auto max-w-5xl p-8">
      <div className="mb-4 flex items-center gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">Executions</h1>
        <select
          aria-label="Filter by status"
          className="ml-auto rounded-md border border-slate-300 px-2 py-1 text-[13px]"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        >
          <option value="">All statuses</option>
          <option value="success">Succeeded</option>
          <option value="failed">Failed</option>
          <option value="running">Running</option>
          <option value="waiting">Waiting</option>
        </select>
      </div>
      {error && (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      )}
      <table className="w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-[13px]">
        <thead className="bg-slate-50 text-left text-[12px] text-slate-600">
          <tr>
            <th className="px-3 py-2">Workflow</th>
            <th className="px-3 py-2">Status</th>
            <th className="px-3 py-2">Started</th>
            <th className="px-3 py-2">Duration</th>
            <th className="px-3 py-2">Trigger</th>
            <th className="px-3 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((e) => (
            <tr key={e.id} className="border-t border-slate-100">
              <td className="px-3 py-2">{e.workflowName ?? e.workflowId}</td>
              <td className="px-3 py-2">
                <ExecutionStatus status={e.status} />
              </td>
              <td className="px-3 py-2">{new Date(e.startedAt).toLocaleString()}</td>
              <td className="px-3 py-2">{formatDuration(e.durationMs)}</td>
              <td className="px-3 py-2">{e.mode}</td>
              <td className="px-3 py-2 text-right">
                <a
                  className="text-indigo-700 underline"
                  href={`#/workflows/${e.workflowId}/executions/${e.id}`}
                >
                  Open
                </a>
                {e.status === 'failed' && (
                  <button
                    type="button"
                    className="ml-3 text-indigo-700 underline"
                    onClick={() => void api.executions.retry(e.id).then(reload)}
                  >
                    Retry
                  </button>
                )}
              </td>
            </tr>
          ))}
          {list.length === 0 && (
            <tr>
              <td colSpan={6} className="px-3 py-8 text-center text-slate-500">
                No runs yet.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
