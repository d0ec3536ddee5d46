import { RUN_MODES, type ExecutionFilter } from './execution-filter';

const STATUSES: Array<[string, string]> = [
  ['', 'All statuses'],
  ['success', 'Succeeded'],
  ['failed', 'Failed'],
  ['running', 'Running'],
  ['waiting', 'Waiting'],
  ['queued', 'Queued'],
  ['canceled', 'Canceled'],
];

/**
 * Filters of an executions list: status, started from / to (local time), trigger mode. `compact`
 * stacks them for the editor's narrow drawer.
 */
export function ExecutionFilters({
  filter,
  onChange,
  compact,
}: {
  filter: ExecutionFilter;
  onChange(filter: ExecutionFilter): void;
  compact?: boolean;
}) {
  const set = (patch: Partial<ExecutionFilter>) => onChange({ ...filter, ...patch });
  const field = 'rounded-md border border-slate-300 bg-white px-1.5 py-1 text-[12px]';
  const any = filter.status || filter.from || filter.to || filter.mode;
  return (
    <div
      className={compact ? 'grid grid-cols-2 gap-1.5' : 'flex flex-wrap items-end gap-2'}
      role="group"
      aria-label="Filter runs"
      data-testid="execution-filters"
    >
      <label className="flex flex-col text-[11px] text-slate-600">
        Status
        <select
          aria-label="Filter by status"
          className={field}
          value={filter.status}
          onChange={(e) => set({ status: e.target.value })}
        >
          {STATUSES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-[11px] text-slate-600">
        Trigger
        <select
          aria-label="Filter by trigger"
          className={field}
          value={filter.mode}
          onChange={(e) => set({ mode: e.target.value })}
          title="Filters the runs of the page shown (the server has no trigger filter)"
        >
          <option value="">All triggers</option>
          {RUN_MODES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-[11px] text-slate-600">
        Started from
        <input
          type="datetime-local"
          aria-label="Started from"
          className={field}
          value={filter.from}
          onChange={(e) => set({ from: e.target.value })}
        />
      </label>
      <label className="flex flex-col text-[11px] text-slate-600">
        Started before
        <input
          type="datetime-local"
          aria-label="Started before"
          className={field}
          value={filter.to}
          onChange={(e) => set({ to: e.target.value })}
        />
      </label>
      {any && (
        <button
          type="button"
          className="btn-ghost text-[12px] text-indigo-700"
          onClick={() => onChange({ workflowId: filter.workflowId, status: '', from: '', to: '', mode: '' })}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
