/**
 * The one place that talks HTTP to the server: JSON in and out, cookies for the session, and the
 * server's errors `{ error: { code, message, details } }` turned into `ApiError`s that say what
 * went wrong in words a person can act on.
 *
 * @example
 * const user = await http<User>('POST', '/auth/login', { email, password });
 */
export const API_BASE = '/api/v1';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Listener = (error: ApiError) => void;
const unauthorizedListeners = new Set<Listener>();

/** Called when any request answers 401, so that the app can show the login page. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export async function http<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(
      0,
      'network',
      `The server could not be reached (${(error as Error).message}). Check that it is running.`,
    );
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string; details?: unknown } } | undefined)
      ?.error;
    const apiError = new ApiError(
      response.status,
      error?.code ?? `http-${response.status}`,
      error?.message ?? `${method} ${path} failed with status ${response.status}`,
      error?.details,
    );
    if (response.status === 401 && !path.startsWith('/auth/login'))
      unauthorizedListeners.forEach((l) => l(apiError));
    throw apiError;
  }
  return parsed as T;
}

/** Lists may come as a bare array or wrapped (`{ data }`, `{ items }`); the editor wants the array. */
export function listOf<T>(value: unknown): T[] {
  if (Array.isArray(value)) return value as T[];
  if (value && typeof value === 'object') {
    for (const key of ['data', 'items', 'results']) {
      const inner = (value as Record<string, unknown>)[key];
      if (Array.isArray(inner)) return inner as T[];
    }
  }
  return [];
}
