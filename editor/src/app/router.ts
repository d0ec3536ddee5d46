import { useSyncExternalStore } from 'react';

/**
 * A tiny hash router: `#/workflows/abc` → `['workflows', 'abc']`. Hash URLs need no server
 * rewrite rules, so the editor works wherever the server mounts it.
 *
 * @example
 * const [page, id] = useRoute(); navigate(`/workflows/${id}`);
 */
function current(): string {
  return window.location.hash.replace(/^#/, '') || '/';
}

export function useRoute(): string[] {
  const path = useSyncExternalStore((cb) => {
    window.addEventListener('hashchange', cb);
    return () => window.removeEventListener('hashchange', cb);
  }, current);
  return path.split('?')[0].split('/').filter(Boolean).map(decodeURIComponent);
}

export function navigate(path: string): void {
  window.location.hash = path;
}
