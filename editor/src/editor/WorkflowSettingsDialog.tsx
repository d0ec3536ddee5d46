import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/api';
import type { WorkflowSummary } from '../api/records.types';
import { inputClass } from '../fields/ParameterContext';
import { useEditor, useEditorStore } from '../store/EditorStoreContext';
import { Dialog } from '../ui/Dialog';
import {
  describeSeconds,
  formOf,
  settingsOf,
  timeZones,
  type SettingsErrors,
  type SettingsForm,
} from './workflow-settings';

/**
 * Workflow settings: time zone, run timeout, error workflow (picked from the workflow list) and
 * the loop cap. Saving is one undoable change of the document's `settings`.
 */
export function WorkflowSettingsDialog({ workflowId, onClose }: { workflowId: string; onClose(): void }) {
  const store = useEditorStore();
  const settings = useEditor((s) => s.workflow.settings);
  const readOnly = useEditor((s) => s.readOnly);
  const [form, setForm] = useState<SettingsForm>(() => formOf(settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [workflows, setWorkflows] = useState<WorkflowSummary[] | null>(null);
  const zones = useMemo(() => timeZones(), []);
  useEffect(() => {
    let live = true;
    api.workflows.list().then(
      (list) => live && setWorkflows(list.filter((w) => w.id !== workflowId)),
      () => live && setWorkflows([]),
    );
    return () => {
      live = false;
    };
  }, [workflowId]);
  const set = (patch: Partial<SettingsForm>) => setForm((f) => ({ ...f, ...patch }));
  const save = () => {
    const result = settingsOf(form, settings);
    setErrors(result.errors);
    if (!result.settings) return;
    if (JSON.stringify(result.settings) !== JSON.stringify(settings))
      store
        .getState()
        .apply(
          { type: 'setWorkflowField', key: 'settings', value: result.settings },
          { label: 'Workflow settings' },
        );
    onClose();
  };
  const missing = form.errorWorkflowId && workflows && !workflows.some((w) => w.id === form.errorWorkflowId);
  const error = (key: keyof SettingsForm) =>
    errors[key] && (
      <p role="alert" className="mt-1 text-[12px] text-red-700">
        {errors[key]}
      </p>
    );
  const label = 'mb-1 block text-[12px] font-medium text-slate-700';
  return (
    <Dialog title="Workflow settings" onClose={onClose}>
      <form
        className="space-y-4"
        data-testid="workflow-settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div>
          <label htmlFor="ws-timezone" className={label}>
            Time zone
          </label>
          <input
            id="ws-timezone"
            className={inputClass}
            list="ws-timezones"
            value={form.timezone}
            disabled={readOnly}
            onChange={(e) => set({ timezone: e.target.value })}
          />
          <datalist id="ws-timezones">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <p className="mt-1 text-[11px] text-slate-500">Schedules and dates without an offset use it.</p>
          {error('timezone')}
        </div>
        <div>
          <label htmlFor="ws-timeout" className={label}>
            Timeout (seconds)
          </label>
          <div className="flex items-center gap-2">
            <input
              id="ws-timeout"
              className={inputClass}
              inputMode="numeric"
              value={form.timeoutSeconds}
              disabled={readOnly}
              onChange={(e) => set({ timeoutSeconds: e.target.value })}
            />
            <span className="w-28 shrink-0 text-[12px] text-slate-500">
              {describeSeconds(form.timeoutSeconds)}
            </span>
          </div>
          <p className="mt-1 text-[11px] text-slate-500">
            A run that takes longer is stopped (at most 24 hours).
          </p>
          {error('timeoutSeconds')}
        </div>
        <div>
          <label htmlFor="ws-error-workflow" className={label}>
            Error workflow
          </label>
          <select
            id="ws-error-workflow"
            className={inputClass}
            value={form.errorWorkflowId}
            disabled={readOnly}
            onChange={(e) => set({ errorWorkflowId: e.target.value })}
          >
            <option value="">None</option>
            {missing && <option value={form.errorWorkflowId}>(not found: {form.errorWorkflowId})</option>}
            {(workflows ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
          <p className="mt-1 text-[11px] text-slate-500">
            {workflows === null
              ? 'Loading workflows…'
              : 'Runs with the failed run’s details when a run fails.'}
          </p>
        </div>
        <div>
          <label htmlFor="ws-max-loops" className={label}>
            Max loop iterations
          </label>
          <input
            id="ws-max-loops"
            className={inputClass}
            inputMode="numeric"
            placeholder="1000 (default)"
            value={form.maxLoopIterations}
            disabled={readOnly}
            onChange={(e) => set({ maxLoopIterations: e.target.value })}
          />
          <p className="mt-1 text-[11px] text-slate-500">A loop that goes round more often fails the run.</p>
          {error('maxLoopIterations')}
        </div>
        <div className="flex justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={onClose}>
            {readOnly ? 'Close' : 'Cancel'}
          </button>
          {!readOnly && (
            <button type="submit" className="btn-primary" data-testid="save-workflow-settings">
              Apply
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
