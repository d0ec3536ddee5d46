import { useEffect, useState } from 'react';
import { api } from '../api/api';
import type { ApiKeyRecord, Role, User } from '../api/records.types';

const ROLES: Role[] = ['admin', 'editor', 'viewer'];

/** Users and roles (owner and admins) and API keys (shown once when created). */
export function SettingsPage({ me }: { me: User }) {
  const [users, setUsers] = useState<User[]>([]);
  const [keys, setKeys] = useState<ApiKeyRecord[]>([]);
  const [invite, setInvite] = useState({ email: '', password: '', role: 'editor' as Role });
  const [newKey, setNewKey] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const admin = me.role === 'owner' || me.role === 'admin';
  const reload = () => {
    if (admin) void api.users.list().then(setUsers, (e) => setError((e as Error).message));
    void api.apiKeys.list().then(setKeys, (e) => setError((e as Error).message));
  };
  useEffect(reload, [admin]);
  const act = (p: Promise<unknown>) => p.then(reload, (e) => setError((e as Error).message));
  return (
    <div className="mx-auto max-w-4xl space-y-8 p-8">
      <h1 className="text-2xl font-semibold text-slate-900">Settings</h1>
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-[13px] text-red-700">
          {error}
        </p>
      )}
      {admin && (
        <section aria-labelledby="users-h" className="rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="users-h" className="mb-3 font-semibold">
            Users and roles
          </h2>
          <p className="mb-3 text-[13px] text-slate-500">
            Viewers see workflows and runs; editors build and run them; admins also manage users and
            credentials.
          </p>
          <p className="mb-3 text-[12px] text-slate-500">
            Disable a user to take their access away for now; delete them to remove them with their sessions
            and API keys. What they built stays.
          </p>
          <ul className="mb-4 divide-y divide-slate-100 text-[13px]" data-testid="users">
            {users.map((u) => (
              <li key={u.id} className="flex items-center gap-3 py-2">
                <span className={`flex-1 ${u.disabled ? 'text-slate-400 line-through' : ''}`}>
                  {u.email}
                  {u.id === me.id ? ' (you)' : ''}
                  {u.disabled ? ' — disabled' : ''}
                </span>
                {u.role === 'owner' ? (
                  <span className="text-slate-600">Owner</span>
                ) : (
                  <select
                    aria-label={`Role of ${u.email}`}
                    className="rounded border border-slate-300 px-1 py-0.5"
                    value={u.role}
                    onChange={(e) => act(api.users.update(u.id, { role: e.target.value }))}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                )}
                {u.role !== 'owner' && (
                  <button
                    type="button"
                    className={`btn-ghost ${u.disabled ? '' : 'text-red-700'}`}
                    onClick={() => act(api.users.update(u.id, { disabled: !u.disabled }))}
                  >
                    {u.disabled ? 'Enable' : 'Disable'}
                  </button>
                )}
                {u.role !== 'owner' && u.id !== me.id && (
                  <button
                    type="button"
                    aria-label={`Delete user ${u.email}`}
                    className="btn-ghost text-red-700"
                    onClick={() =>
                      confirm(`Delete user ${u.email}? Their sessions and API keys stop working.`) &&
                      act(api.users.remove(u.id))
                    }
                  >
                    Delete
                  </button>
                )}
              </li>
            ))}
          </ul>
          <form
            className="flex gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              act(api.users.add(invite));
              setInvite({ ...invite, email: '', password: '' });
            }}
          >
            <input
              aria-label="New user's email"
              type="email"
              required
              className="input"
              placeholder="colleague@company.com"
              value={invite.email}
              onChange={(e) => setInvite({ ...invite, email: e.target.value })}
            />
            <input
              aria-label="First password (8 characters or more)"
              type="password"
              required
              minLength={8}
              className="input"
              placeholder="first password"
              value={invite.password}
              onChange={(e) => setInvite({ ...invite, password: e.target.value })}
            />
            <select
              aria-label="Role"
              className="rounded-md border border-slate-300 px-2 text-[13px]"
              value={invite.role}
              onChange={(e) => setInvite({ ...invite, role: e.target.value as Role })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
            <button type="submit" className="btn-primary shrink-0">
              Add user
            </button>
          </form>
        </section>
      )}
      <section aria-labelledby="keys-h" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="keys-h" className="mb-1 font-semibold">
          API keys
        </h2>
        <p className="mb-3 text-[13px] text-slate-500">
          Send as the X-API-Key header. A key is shown once, when you create it.
        </p>
        {newKey && (
          <p className="mb-3 rounded bg-emerald-50 p-2 font-mono text-[12px] text-emerald-900" role="status">
            New key (copy it now): {newKey}
          </p>
        )}
        <ul className="mb-3 divide-y divide-slate-100 text-[13px]">
          {keys.map((k) => (
            <li key={k.id} className="flex items-center gap-3 py-2">
              <span className="flex-1">{k.label}</span>
              <span className="text-slate-500">created {new Date(k.createdAt).toLocaleDateString()}</span>
              <button
                type="button"
                className="btn-ghost text-red-700"
                onClick={() => act(api.apiKeys.remove(k.id))}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
        <form
          className="flex gap-2"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              const k = await api.apiKeys.create(label || 'API key');
              setNewKey(k.key ?? null);
              setLabel('');
              reload();
            } catch (err) {
              setError((err as Error).message);
            }
          }}
        >
          <input
            aria-label="Key label"
            className="input"
            placeholder="e.g. CRM sync"
            value={label}
            onChange={(e) => setLabel(e.target.value)}
          />
          <button type="submit" className="btn-primary shrink-0">
            Create key
          </button>
        </form>
      </section>
    </div>
  );
}
