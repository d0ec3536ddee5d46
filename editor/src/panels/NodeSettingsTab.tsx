import { useState } from 'react';
import { useEditor, useEditorStore } from '../store/EditorStoreContext';
import { inputClass } from '../fields/ParameterContext';

/** Node settings beside its parameters: name, notes, on error, retries, disabled. */
export function NodeSettingsTab({ nodeId }: { nodeId: string }) {
  const store = useEditorStore();
  const node = useEditor((s) => s.nodesById.get(nodeId))!;
  const readOnly = useEditor((s) => s.readOnly);
  const [name, setName] = useState(node.name);
  const update = (patch: Record<string, unknown>, label: string) =>
    store.getState().apply({ type: 'updateNode', nodeId, patch }, { label });
  return (
    <div className="space-y-4 text-[13px]">
      <label className="block font-medium text-slate-800">
        Name
        <input
          className={`${inputClass} mt-1`}
          value={name}
          disabled={readOnly}
          onChange={(e) => setName(e.target.value)}
          onBlur={() =>
            name.trim() &&
            name !== node.name &&
            store.getState().apply({ type: 'renameNode', nodeId, name: name.trim() }, { label: 'Rename' })
          }
        />
        <span className="mt-0.5 block text-[11px] font-normal text-slate-500">
          Expressions that use $('{node.name}') are updated when you rename.
        </span>
      </label>
      <label className="block font-medium text-slate-800">
        When this node fails
        <select
          className={`${inputClass} mt-1`}
          value={node.onError ?? 'stop'}
          disabled={readOnly}
          onChange={(e) =>
            update({ onError: e.target.value === 'stop' ? undefined : e.target.value }, 'On error')
          }
        >
          <option value="stop">Stop the workflow</option>
          <option value="continue">Continue (failed items carry an error field)</option>
          <option value="route">Send failed items to an “error” output</option>
        </select>
      </label>
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 font-medium text-slate-800">Retry on transient failures</legend>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            className="h-4 w-4 accent-indigo-600"
            checked={!!node.retry}
            disabled={readOnly}
            onChange={(e) =>
              update(
                {
                  retry: e.target.checked
                    ? { maxAttempts: 3, delayMs: 1000, backoff: 'exponential' }
                    : undefined,
                },
                'Retry',
              )
            }
          />
          Retry
        </label>
        {node.retry && (
          <div className="mt-2 grid grid-cols-2 gap-2">
            <label>
              Attempts
              <input
                type="number"
                min={1}
                max={10}
                className={inputClass}
                value={node.retry.maxAttempts}
                disabled={readOnly}
                onChange={(e) =>
                  update({ retry: { ...node.retry, maxAttempts: Number(e.target.value) } }, 'Retry')
                }
              />
            </label>
            <label>
              Delay (ms)
              <input
                type="number"
                min={0}
                className={inputClass}
                value={node.retry.delayMs}
                disabled={readOnly}
                onChange={(e) =>
                  update({ retry: { ...node.retry, delayMs: Number(e.target.value) } }, 'Retry')
                }
              />
            </label>
          </div>
        )}
      </fieldset>
      <label className="inline-flex items-center gap-2 font-medium text-slate-800">
        <input
          type="checkbox"
          className="h-4 w-4 accent-indigo-600"
          checked={!!node.disabled}
          disabled={readOnly}
          onChange={(e) => update({ disabled: e.target.checked || undefined }, 'Disable')}
        />
        Disabled (passes items through unchanged)
      </label>
      <label className="inline-flex items-center gap-2 font-medium text-slate-800">
        <input
          type="checkbox"
          className="h-4 w-4 accent-indigo-600"
          checked={!!node.alwaysRun}
          disabled={readOnly}
          onChange={(e) => update({ alwaysRun: e.target.checked || undefined }, 'Always run')}
        />
        Run even when there are no input items
      </label>
      <label className="block font-medium text-slate-800">
        Notes
        <textarea
          className={`${inputClass} mt-1`}
          rows={3}
          defaultValue={node.notes ?? ''}
          disabled={readOnly}
          onBlur={(e) =>
            e.target.value !== (node.notes ?? '') && update({ notes: e.target.value || undefined }, 'Notes')
          }
        />
      </label>
    </div>
  );
}
