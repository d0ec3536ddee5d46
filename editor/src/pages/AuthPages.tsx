import { useState } from 'react';
import { api } from '../api/api';

function AuthCard({ title, intro, children }: { title: string; intro: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-full items-center justify-center bg-slate-100 p-6">
      <div className="w-full max-w-sm rounded-xl bg-white p-7 shadow-sm">
        <div className="mb-5 flex items-center gap-2">
          <span
            className="flex h-8 w-8 items-center justify-center rounded-lg bg-indigo-600 text-sm font-bold text-white"
            aria-hidden
          >
            AI
          </span>
          <span className="text-lg font-semibold text-slate-900">AI-Now</span>
        </div>
        <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
        <p className="mb-5 mt-1 text-[13px] text-slate-500">{intro}</p>
        {children}
      </div>
    </main>
  );
}

/** Log in with email and password (the session is an httpOnly cookie). */
export function LoginPage({ onDone }: { onDone(): void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <AuthCard title="Log in" intro="Build and run your automations.">
      <form
        className="space-y-3"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            await api.auth.login(email, password);
            onDone();
          } catch (err) {
            setError((err as Error).message);
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="block text-[13px] font-medium text-slate-800">
          Email
          <input
            className="input mt-1"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
        </label>
        <label className="block text-[13px] font-medium text-slate-800">
          Password
          <input
            className="input mt-1"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p role="alert" className="text-[13px] text-red-700">
            {error}
          </p>
        )}
        <button type="submit" className="btn-primary w-full justify-center" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </AuthCard>
  );
}

/** First start: create the owner account (only while no user exists). */
export function SetupPage({ onDone }: { onDone(): void }) {
  const [form, setForm] = useState({ email: '', password: '' });
  const [error, setError] = useState<string | null>(null);
  return (
    <AuthCard
      title="Set up the owner account"
      intro="This is a new AI-Now instance. The first account owns it and can invite others."
    >
      <form
        className="space-y-3"
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await api.setup.create(form);
            try {
              await api.auth.login(form.email, form.password);
            } catch {
              /* the setup answer may already have started a session */
            }
            onDone();
          } catch (err) {
            setError((err as Error).message);
          }
        }}
      >
        <label className="block text-[13px] font-medium text-slate-800">
          Email
          <input
            className="input mt-1"
            type="email"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            required
          />
        </label>
        <label className="block text-[13px] font-medium text-slate-800">
          Password (8 characters or more)
          <input
            className="input mt-1"
            type="password"
            minLength={8}
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            required
          />
        </label>
        {error && (
          <p role="alert" className="text-[13px] text-red-700">
            {error}
          </p>
        )}
        <button type="submit" className="btn-primary w-full justify-center">
          Create owner account
        </button>
      </form>
    </AuthCard>
  );
}
