import { useCallback, useRef, useState } from 'react';
import { workflowSchema } from '@ainow/engine/workflow';
import { api } from '../api/api';
import type { WorkflowRecord } from '../api/records.types';
import { navigate } from '../app/router';
import { autoLayoutCommand } from '../commands/auto-layout.command';
import { addStickyCommand } from '../commands/add-sticky.command';
import type { CommandContext } from '../commands/command';
import { useEditor, useEditorStore } from '../store/EditorStoreContext';
import { downloadWorkflow } from './export-workflow';
import { RunControls } from './RunControls';
import { VersionHistory } from './VersionHistory';
import { WorkflowSettingsDialog } from './WorkflowSettingsDialog';

/** Name, save state, history, import/export, activation, run. */
export function EditorTopBar(props: {
  record: WorkflowRecord;
  setRecord(r: WorkflowRecord): void;
  executionId?: string;
  onSave(): void;
  onRun(): void;
  onHelp(): void;
  onExecutions(): void;
  getContext(): CommandContext;
}) {
  const store = useEditorStore();
  const name = useEditor((s) => s.workflow.name);
  const dirty = useEditor((s) => s.dirty);
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const readOnly = useEditor((s) => s.readOnly);
  const errorCount = useEditor((s) => s.problems.filter((p) => p.severity === 'error').length);
  const [history, setHistory] = useState(false);
  const [settings, setSettings] = useState(false);
  const closeHistory = useCallback(() => setHistory(false), []);
  const closeSettings = useCallback(() => setSettings(false), []);
  const file = useRef<HTMLInputElement>(null);
  const { record } = props;
  const toggleActive = async () => {
    try {
      if (record.active) await api.workflows.deactivate(record.id);
      else await api.workflows.activate(record.id);
      props.setRecord({ ...record, active: !record.active });
    } catch (e) {
      store.getState().notify('error', (e as Error).message);
    }
  };
  const importFile = async (f: File) => {
    try {
      const doc = workflowSchema.parse(JSON.parse(await f.text()));
      store.getState().replaceWorkflow({ ...doc, name: doc.name }, { dirty: true });
      store.getState().notify('info', `Imported ${doc.nodes.length} nodes; save to keep them`);
    } catch (e) {
      store.getState().notify('error', `That file is not a workflow: ${(e as Error).message}`);
    }
  };
  return (
    <header
      className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3"
      aria-label="Workflow toolbar"
    >
      <button
        type="button"
        className="btn-ghost"
        onClick={() => {
          if (dirty && !confirm('Leave without saving? Your unsaved changes will be lost.')) return;
          navigate(props.executionId ? `/workflows/${record.id}` : '/workflows');
        }}
        aria-label={props.executionId ? 'Back to the editor' : 'Back to workflows'}
      >
        ←
      </button>
      {readOnly ? (
        <h1 className="truncate text-[15px] font-semibold">{name}</h1>
      ) : (
        <>
          <h1 className="sr-only">{name}</h1>
          <input
            aria-label="Workflow name"
            className="w-64 truncate rounded border border-transparent px-1.5 py-1 text-[15px] font-semibold text-slate-900 hover:border-slate-300 focus:border-indigo-500"
            defaultValue={name}
            key={name}
            onBlur={(e) =>
              e.target.value.trim() &&
              e.target.value !== name &&
              store
                .getState()
                .apply(
                  { type: 'setWorkflowField', key: 'name', value: e.target.value.trim() },
                  { label: 'Rename workflow' },
                )
            }
            onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
          />
        </>
      )}
      {!readOnly && (
        <span
          className={`text-[12px] ${dirty ? 'text-amber-700' : 'text-slate-500'}`}
          data-testid="save-state"
        >
          {dirty ? '● Unsaved changes' : `✓ Saved · v${record.version}`}
        </span>
      )}
      {errorCount > 0 && (
        <span
          className="rounded bg-red-50 px-1.5 text-[12px] text-red-700"
          title="Open the nodes marked ⚠ to see what to fix"
        >
          ⚠ {errorCount} problem{errorCount === 1 ? '' : 's'}
        </span>
      )}
      <div className="ml-auto flex items-center gap-1.5">
        {!readOnly && (
          <>
            <button
              type="button"
              className="btn-ghost"
              aria-label="Undo"
              title="Undo (Ctrl+Z)"
              disabled={!canUndo}
              onClick={() => store.getState().undo()}
              data-testid="undo"
            >
              ↶
            </button>
            <button
              type="button"
              className="btn-ghost"
              aria-label="Redo"
              title="Redo (Ctrl+Shift+Z)"
              disabled={!canRedo}
              onClick={() => store.getState().redo()}
              data-testid="redo"
            >
              ↷
            </button>
            <button
              type="button"
              className="btn-ghost"
              title="Tidy up (auto-layout)"
              onClick={() => autoLayoutCommand.perform(props.getContext())}
            >
              Tidy up
            </button>
            <button
              type="button"
              className="btn-ghost"
              title="Add sticky note (Shift+S)"
              onClick={() => addStickyCommand.perform(props.getContext())}
            >
              Note
            </button>
            <button type="button" className="btn-ghost" onClick={() => setHistory(true)}>
              History
            </button>
            <button type="button" className="btn-ghost" onClick={() => file.current?.click()}>
              Import
            </button>
            <input
              ref={file}
              type="file"
              accept=".json,application/json"
              className="hidden"
              aria-label="Import workflow file"
              onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])}
            />
          </>
        )}
        <button
          type="button"
          className="btn-ghost"
          onClick={() => downloadWorkflow(store.getState().workflow)}
          data-testid="export"
        >
          Export
        </button>
        <button
          type="button"
          className="btn-ghost"
          onClick={() => setSettings(true)}
          data-testid="workflow-settings"
          title="Time zone, timeout, error workflow, loop cap"
        >
          Settings
        </button>
        <button
          type="button"
          className="btn-ghost"
          onClick={props.onExecutions}
          data-testid="executions-toggle"
        >
          Executions
        </button>
        <button
          type="button"
          className="btn-ghost"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={props.onHelp}
        >
          ?
        </button>
        {!readOnly && (
          <>
            <label className="ml-1 inline-flex items-center gap-1.5 text-[12px] text-slate-700">
              <input
                type="checkbox"
                role="switch"
                className="h-4 w-4 accent-emerald-600"
                checked={record.active}
                onChange={() => void toggleActive()}
                aria-label="Active"
              />
              {record.active ? 'Active' : 'Inactive'}
            </label>
            <button type="button" className="btn-secondary" onClick={props.onSave} data-testid="save">
              Save
            </button>
            <RunControls onRun={props.onRun} />
          </>
        )}
      </div>
      {history && <VersionHistory workflowId={record.id} onClose={closeHistory} />}
      {settings && <WorkflowSettingsDialog workflowId={record.id} onClose={closeSettings} />}
    </header>
  );
}
