import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { api } from '../api/api';
import { onUnauthorized } from '../api/http-client';
import type { User } from '../api/records.types';
import { LoginPage, SetupPage } from '../pages/AuthPages';
import { navigate, useRoute } from './router';
import { WorkflowListPage } from '../pages/WorkflowListPage';
import { ErrorBoundary } from '../ui/ErrorBoundary';

const EditorPage = lazy(() => import('../editor/EditorPage').then((m) => ({ default: m.EditorPage })));
const TemplatesPage = lazy(() =>
  import('../pages/TemplatesPage').then((m) => ({ default: m.TemplatesPage })),
);
const ExecutionsPage = lazy(() =>
  import('../pages/ExecutionsPage').then((m) => ({ default: m.ExecutionsPage })),
);
const CredentialsPage = lazy(() =>
  import('../pages/CredentialsPage').then((m) => ({ default: m.CredentialsPage })),
);
const SettingsPage = lazy(() => import('../pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));

const NAV = [
  { path: 'workflows', label: 'Workflows' },
  { path: 'templates', label: 'Templates' },
  { path: 'executions', label: 'Executions' },
  { path: 'credentials', label: 'Credentials' },
  { path: 'settings', label: 'Settings' },
];

type AuthState = { state: 'loading' } | { state: 'setup' } | { state: 'login' } | { state: 'in'; user: User };

/** Who is signed in, else whether the first start (owner setup) or the login page is due. */
async function authState(): Promise<AuthState> {
  try {
    return { state: 'in', user: await api.auth.me() };
  } catch {
    try {
      return { state: (await api.setup.needed()) ? 'setup' : 'login' };
    } catch {
      return { state: 'login' };
    }
  }
}

/** The app: first-start setup, login, then the pages behind a side navigation. */
export function App() {
  const route = useRoute();
  const [auth, setAuth] = useState<AuthState>({ state: 'loading' });
  const check = useCallback(() => void authState().then(setAuth), []);
  useEffect(() => {
    let live = true;
    void authState().then((a) => live && setAuth(a));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => onUnauthorized(() => setAuth({ state: 'login' })), []);
  if (auth.state === 'loading')
    return (
      <div className="p-8 text-slate-500" role="status">
        Loading…
      </div>
    );
  if (auth.state === 'setup') return <SetupPage onDone={check} />;
  if (auth.state === 'login') return <LoginPage onDone={check} />;
  const [page = 'workflows', id, sub, subId] = route;
  const inEditor = page === 'workflows' && !!id;
  const Content = inEditor ? 'div' : 'main';
  return (
    <div className="flex h-full">
      {!inEditor && (
        <nav className="flex w-52 shrink-0 flex-col border-r border-slate-200 bg-white p-3" aria-label="Main">
          <div className="mb-6 flex items-center gap-2 px-2 pt-1">
            <span
              className="flex h-7 w-7 items-center justify-center rounded-md bg-indigo-600 text-xs font-bold text-white"
              aria-hidden
            >
              AI
            </span>
            <span className="font-semibold text-slate-900">AI-Now</span>
          </div>
          {NAV.map((n) => (
            <a
              key={n.path}
              href={`#/${n.path}`}
              aria-current={page === n.path ? 'page' : undefined}
              className={`mb-0.5 rounded-md px-3 py-1.5 text-[14px] ${page === n.path ? 'bg-indigo-50 font-medium text-indigo-800' : 'text-slate-700 hover:bg-slate-100'}`}
            >
              {n.label}
            </a>
          ))}
          <div className="mt-auto border-t border-slate-200 px-2 pt-3 text-[12px] text-slate-500">
            <div className="truncate" title={auth.user.email}>
              {auth.user.email}
            </div>
            <div className="capitalize">{auth.user.role}</div>
            <button
              type="button"
              className="mt-2 text-indigo-700 underline"
              onClick={() =>
                void api.auth.logout().finally(() => {
                  setAuth({ state: 'login' });
                  navigate('/workflows');
                })
              }
            >
              Log out
            </button>
          </div>
        </nav>
      )}
      {/* The editor has its own <main> (the canvas); every other page is the main content. */}
      <Content className="min-w-0 flex-1 overflow-auto">
        <ErrorBoundary key={route.join('/')}>
          <Suspense
            fallback={
              <div className="p-8 text-slate-500" role="status">
                Loading…
              </div>
            }
          >
            {inEditor ? (
              <EditorPage
                key={`${id}/${subId ?? ''}`}
                workflowId={id}
                executionId={sub === 'executions' ? subId : undefined}
                viewOnly={auth.user.role === 'viewer'}
              />
            ) : page === 'templates' ? (
              <TemplatesPage />
            ) : page === 'executions' ? (
              <ExecutionsPage />
            ) : page === 'credentials' ? (
              <CredentialsPage />
            ) : page === 'settings' ? (
              <SettingsPage me={auth.user} />
            ) : (
              <WorkflowListPage />
            )}
          </Suspense>
        </ErrorBoundary>
      </Content>
    </div>
  );
}
