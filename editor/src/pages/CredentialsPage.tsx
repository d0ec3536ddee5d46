import { useEffect, useState } from 'react';
import { api } from '../api/api';
import type { CredentialDescription } from '@ainow/engine/workflow';
import type { CredentialRecord } from '../api/records.types';
import { useCredentialsCache } from '../api/credentials-cache';
import { CredentialDialog } from '../credentials/CredentialDialog';
import { loadCatalog } from '../editor/EditorPage';

/** Credentials: create, edit (secrets never shown), test, delete. */
export function CredentialsPage() {
  const { list, reload } = useCredentialsCache();
  const [types, setTypes] = useState<CredentialDescription[]>([]);
  const [editing, setEditing] = useState<{ type: CredentialDescription; existing?: CredentialRecord } | null>(
    null,
  );
  const [newType, setNewType] = useState('');
  const [results, setResults] = useState<Record<string, string>>({});
  useEffect(() => {
    void reload().catch(() => undefined);
    void loadCatalog().then((c) => setTypes(c.credentials));
  }, [reload]);
  return (
    <div className="mx-auto max-w-4xl p-8">
      <div className="mb-6 flex items-center gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">Credentials</h1>
        <div className="ml-auto flex gap-2">
          <select
            aria-label="Credential type"
            className="rounded-md border border-slate-300 px-2 text-[13px]"
            value={newType}
            onChange={(e) => setNewType(e.target.value)}
          >
            <option value="">Choose a type…</option>
            {types.map((t) => (
              <option key={t.name} value={t.name}>
                {t.displayName}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn-primary"
            disabled={!newType}
            onClick={() => setEditing({ type: types.find((t) => t.name === newType)! })}
          >
            + New credential
          </button>
        </div>
      </div>
      <p className="mb-4 text-[13px] text-slate-600">
        Secrets are stored encrypted and never shown again, not even to you. To change one, type a new value.
      </p>
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {list.map((c) => {
          const type = types.find((t) => t.name === c.type);
          return (
            <li key={c.id} className="flex items-center gap-3 px-4 py-3 text-[13px]">
              <span className="min-w-0 flex-1">
                <span className="block font-medium text-slate-900">{c.name}</span>
                <span className="text-slate-500">{type?.displayName ?? c.type}</span>
              </span>
              {results[c.id] && (
                <span role="status" className="text-[12px]">
                  {results[c.id]}
                </span>
              )}
              {type?.testable && (
                <button
                  type="button"
                  className="btn-ghost"
                  onClick={async () => {
                    const r = await api.credentials
                      .test(c.id)
                      .catch((e) => ({ ok: false, message: (e as Error).message }));
                    setResults({ ...results, [c.id]: `${r.ok ? '✓' : '✕'} ${r.message ?? ''}` });
                  }}
                >
                  Test
                </button>
              )}
              {type && (
                <button type="button" className="btn-ghost" onClick={() => setEditing({ type, existing: c })}>
                  Edit
                </button>
              )}
              <button
                type="button"
                className="btn-ghost text-red-700"
                onClick={() =>
                  confirm(`Delete credential "${c.name}"?`) && void api.credentials.remove(c.id).then(reload)
                }
              >
                Delete
              </button>
            </li>
          );
        })}
        {list.length === 0 && (
          <li className="p-6 text-center text-[13px] text-slate-500">No credentials yet.</li>
        )}
      </ul>
      {editing && (
        <CredentialDialog type={editing.type} existing={editing.existing} onClose={() => setEditing(null)} />
      )}
    </div>
  );
}
