import { useEffect, useState } from 'react';
import { api } from '../api/api';
import type { WorkflowSummary } from '../api/records.types';
import { navigate } from '../app/router';
import { ExecutionFilters } from '../executions/ExecutionFilters';
import { NO_FILTER, type ExecutionFilter } from '../executions/execution-filter';
import { Pager } from '../executions/Pager';
import { RunActions } from '../executions/RunActions';
import { RunFlags } from '../executions/RunFlags';
import { useExecutionPages } from '../executions/use-execution-pages';
import { ExecutionStatus, formatDuration } from './ExecutionStatus';

const PAGE_SIZE = 25;

/**
 * Every run of every workflow, newest first, page by page: filter by workflow, status, time
 * range and trigger; open one read-only, stop a live one, retry a failed one.
 */
export function ExecutionsPage() {
  const [filter, setFilter] = useState<ExecutionFilter>(NO_FILTER);
  const [workflows, setWorkflows] = useState<WorkflowSummary[]>([]);
  const [actionError, setActionError] = useState<string | null>(null);
  const pages = useExecutionPages(filter, PAGE_SIZE);
  useEffect(() => {
    let live = true;
    api.workflows.list().then(
      (list) => live && setWorkflows(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const error = actionError ?? pages.error;
  return (
    <div className="mx-auto max-w-6xl p-8">
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <h1 className="mr-auto text-2xl font-semibold text-slate-900">Executions</h1>
        <label className="flex flex-col text-[11px] text-slate-600">
          Workflow
          <select
            aria-label="Filter by workflow"
            className="max-w-[16rem] rounded-md border border-slate-300 bg-white px-1.5 py-1 text-[12px]"
            value={filter.workflowId ?? ''}
            onChange={(e) => setFilter({ ...filter, workflowId: e.target.value || undefined })}
          >
            <option value="">All workflows</option>
            {workflows.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
        <ExecutionFilters filter={filter} onChange={setFilter} />
      </div>
      {error && (
        <p role="alert" className="mb-3 rounded bg-red-50 p-2 text-[13px] text-red-700">
          {error}
        </p>
      )}
      <table
        className="w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-[13px]"
        data-testid="executions-table"
      >
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
          {pages.items.map((e) => (
            <tr key={e.id} className="border-t border-slate-100" data-testid="execution-row" data-id={e.id}>
              <td className="px-3 py-2">{e.workflowName ?? e.workflowId}</td>
              <td className="px-3 py-2">
                <ExecutionStatus status={e.status} />
                <RunFlags run={e} />
              </td>
              <td className="px-3 py-2">{new Date(e.startedAt).toLocaleString()}</td>
              <td className="px-3 py-2">{formatDuration(e.durationMs)}</td>
              <td className="px-3 py-2">{e.mode}</td>
              <td className="px-3 py-2 text-right">
                <RunActions
                  run={e}
                  onOpen={() => navigate(`/workflows/${e.workflowId}/executions/${e.id}`)}
                  onChanged={() => {
                    setActionError(null);
                    pages.reload();
                  }}
                  onError={setActionError}
                />
              </td>
            </tr>
          ))}
          {pages.items.length === 0 && (
            <tr>
              <td colSpan={6} className="px-3 py-8 text-center text-slate-500">
                {pages.loading
                  ? 'Loading…'
                  : pages.pageCount > 0
                    ? `None of the ${pages.pageCount} runs on this page was started by "${filter.mode}".`
                    : filter.status || filter.from || filter.to || filter.workflowId
                      ? 'No run matches these filters.'
                      : 'No runs yet.'}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <Pager
        pageIndex={pages.pageIndex}
        hasNewer={pages.hasNewer}
        hasOlder={pages.hasOlder}
        onNewer={pages.newer}
        onOlder={pages.older}
      />
    </div>
  );
}
