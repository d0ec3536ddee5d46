import { useEffect, useState } from 'react';
import type { Problem, WorkflowNode } from '@ainow/engine/workflow';
import { useCredentialsCache } from '../api/credentials-cache';
import { CredentialDialog } from '../credentials/CredentialDialog';
import { useEditor, useEditorStore } from '../store/EditorStoreContext';
import { inputClass } from '../fields/ParameterContext';

/** Choose the node's credential of the type it needs, or create one on the spot. */
export function CredentialPicker({
  node,
  credential,
  problems,
}: {
  node: WorkflowNode;
  credential: { type: string; required: boolean };
  problems: Problem[];
}) {
  const store = useEditorStore();
  const readOnly = useEditor((s) => s.readOnly);
  const type = useEditor((s) => s.catalog.credentialType(credential.type));
  const { list, loaded, reload } = useCredentialsCache();
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    if (!loaded) void reload().catch(() => undefined);
  }, [loaded, reload]);
  const options = list.filter((c) => c.type === credential.type);
  const chosen = node.credentials?.[credential.type] ?? '';
  const choose = (id: string) =>
    store.getState().apply(
      {
        type: 'updateNode',
        nodeId: node.id,
        patch: { credentials: id ? { ...(node.credentials ?? {}), [credential.type]: id } : undefined },
      },
      { label: 'Choose credential' },
    );
  const problem = problems.find((p) => p.path.endsWith('.credentials') || p.path.includes('.credentials.'));
  return (
    <div className="mb-4">
      <label htmlFor={`cred-${node.id}`} className="mb-1 block text-[13px] font-medium text-slate-800">
        Credential ({type?.displayName ?? credential.type})
        {credential.required && <span className="text-red-600"> *</span>}
      </label>
      <div className="flex gap-2">
        <select
          id={`cred-${node.id}`}
          className={inputClass}
          value={chosen}
          disabled={readOnly}
          onChange={(e) => (e.target.value === '__new' ? setCreating(true) : choose(e.target.value))}
        >
          <option value="">Choose a credential…</option>
          {options.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          {type && <option value="__new">+ Create new credential</option>}
        </select>
      </div>
      {problem && (
        <p
          role="alert"
          className={`mt-1 text-[12px] ${problem.severity === 'error' ? 'text-red-700' : 'text-amber-700'}`}
        >
          ⚠ {problem.message}
        </p>
      )}
      {creating && type && (
        <CredentialDialog type={type} onClose={() => setCreating(false)} onSaved={(c) => choose(c.id)} />
      )}
    </div>
  );
}
