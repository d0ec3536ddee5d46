import type { SimRequest } from '../kit';

/**
 * Request parsing that vendor simulators share: vendors differ in where parameters go (query,
 * JSON body, form body, JSON sent as text/plain), so the simulators accept them all.
 *
 * @example
 * const params = requestParams(req); // query and body merged; `person_titles[]` read as `person_titles`
 */
export function bodyObject(request: SimRequest): Record<string, unknown> | undefined {
  const body = request.body;
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const invalid = (body as { __invalidJson?: string }).__invalidJson;
    return invalid === undefined ? (body as Record<string, unknown>) : undefined;
  }
  if (typeof body === 'string' && body.trim().startsWith('{')) {
    try {
      return JSON.parse(body) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** True when the request has a body that is not valid JSON (or form fields). */
export function hasUnreadableBody(request: SimRequest): boolean {
  return request.rawBody.length > 0 && bodyObject(request) === undefined && !Array.isArray(request.body);
}

/** Query parameters and body fields in one object; body fields win. `name[]` keys lose the `[]`. */
export function requestParams(request: SimRequest): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request.query)) out[key.replace(/\[\]$/, '')] = value;
  for (const [key, value] of Object.entries(bodyObject(request) ?? {})) out[key.replace(/\[\]$/, '')] = value;
  return out;
}

/** A parameter as a list of strings: arrays as they are, one string as a one-element list. */
export function listParam(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map((v) => String(v));
}

/** A parameter as a boolean: `true`, `"true"`, `1` and `"1"` are true. */
export function boolParam(value: unknown): boolean {
  return value === true || value === 1 || value === 'true' || value === '1';
}

/** A parameter as a whole number, or `fallback` when it is missing or not a number. */
export function intParam(value: unknown, fallback: number): number {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}

/** Bearer token from an `Authorization` header, if any. */
export function bearerToken(request: SimRequest): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1].trim();
}
