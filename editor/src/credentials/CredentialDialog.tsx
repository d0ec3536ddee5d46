import { useState } from 'react';
import { api } from '../api/api';
import type { CredentialDescription } from '@ainow/engine/workflow';
import type { CredentialRecord } from '../api/records.types';
import { useCredentialsCache } from '../api/credentials-cache';
import { Dialog } from '../ui/Dialog';

/**
 * Create or edit a credential. Secret fields are write-only: when editing they show empty with
 * "stored, type to replace"; leaving them empty keeps the stored secret.
 */
export function CredentialDialog({
  type,
  existing,
  onClose,
  onSaved,
}: {
  type: CredentialDescription;
  existing?: CredentialRecord;
  onClose(): void;
  onSaved?(c: CredentialRecord): void;
}) {
  const [name, setName] = useState(existing?.name ?? `${type.displayName}`);
  const [data, setData] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(existing?.values ?? {}).map(([k, v]) => [k, String(v)])),
  );
  const [status, setStatus] = useState<{ kind: 'error' | 'ok' | 'busy'; text: string } | null>(null);
  const reload = useCredentialsCache((s) => s.reload);
  const save = async (test: boolean) => {
    setStatus({ kind: 'busy', text: 'Saving…' });
    try {
      const body = { name, values: Object.fromEntries(Object.entries(data).filter(([, v]) => v !== '')) };
      const saved = existing
        ? await api.credentials.update(existing.id, body)
        : await api.credentials.create({ ...body, type: type.name });
      await reload();
      onSaved?.(saved);
      if (test && type.testable) {
        setStatus({ kind: 'busy', text: 'Testing connection…' });
        const result = await api.credentials.test(saved.id);
        setStatus(
          result.ok
            ? { kind: 'ok', text: `✓ ${result.message ?? 'Connection works'}` }
            : { kind: 'error', text: `✕ ${result.message ?? 'The test failed'}` },
        );
        return;
      }
      onClose();
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    }
  };
  return (
    <Dialog
      title={existing ? `Edit credential: ${existing.name}` : `New ${type.displayName} credential`}
      onClose={onClose}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(false);
        }}
        className="space-y-3"
      >
        <label className="block text-[13px] font-medium text-slate-800">
          Name
          <input className="input mt-1" value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        {Object.entries(type.fields).map(([key, field]) => {
          const secret = type.secretFields.includes(key);
          return (
            <label key={key} className="block text-[13px] font-medium text-slate-800">
              {field.label} {field.required && <span className="text-red-600">*</span>}{' '}
              {secret && (
                <span className="ml-1 rounded bg-slate-100 px-1 text-[10px] uppercase text-slate-600">
                  secret
                </span>
              )}
              <input
                className="input mt-1"
                type={secret ? 'password' : 'text'}
                autoComplete="off"
                value={data[key] ?? ''}
                placeholder={secret && existing ? 'Stored — type to replace' : field.placeholder}
                required={field.required && !(secret && existing)}
                onChange={(e) => setData({ ...data, [key]: e.target.value })}
              />
              {field.help && (
                <span className="mt-0.5 block text-[11px] font-normal text-slate-500">{field.help}</span>
              )}
            </label>
          );
        })}
        {type.docsUrl && (
          <p className="text-[12px] text-slate-500">
            How to get these:{' '}
            <a className="text-indigo-700 underline" href={type.docsUrl} target="_blank" rel="noreferrer">
              {type.docsUrl}
            </a>
          </p>
        )}
        {status && (
          <p
            role="status"
            className={`text-[13px] ${status.kind === 'error' ? 'text-red-700' : status.kind === 'ok' ? 'text-emerald-700' : 'text-slate-600'}`}
          >
            {status.text}
          </p>
        )}
        <div className="flex justify-end gap-2 pt-2">
          <button type="button" className="btn-secondary" onClick={onClose}>
            Close
          </button>
          {type.testable && (
            <button type="button" className="btn-secondary" onClick={() => void save(true)}>
              Save and test
            </button>
          )}
          <button type="submit" className="btn-primary">
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
