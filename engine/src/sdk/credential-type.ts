import type { PropMap } from './props';
import type { HttpRequest } from './http';

/**
 * A credential type: the fields a person fills in, how they authenticate a request, and a test
 * call. `baseUrl` lets a credential point at a sandbox, proxy or simulator.
 *
 * @example
 * export const neverBounceCredential = defineCredential({
 *   name: 'neverbounce', displayName: 'NeverBounce API key',
 *   fields: { apiKey: Prop.text({ label: 'API key', required: true, secret: true }) },
 *   baseUrl: { default: 'https://api.neverbounce.com', simulator: 'neverbounce' },
 *   authenticate: (values, req) => ({ ...req, query: { ...req.query, key: String(values.apiKey) } }),
 *   test: { method: 'GET', url: '/v4.2/account/info' },
 * });
 */
export interface CredentialField {
  secret?: boolean;
}

export type CredentialValues = Record<string, unknown>;

export interface CredentialType {
  name: string;
  displayName: string;
  docsUrl?: string;
  /** Field declarations; a field with `secret: true` is write-only through the API. */
  fields: PropMap;
  secretFields?: string[];
  baseUrl?: {
    default: string;
    /** Key of the vendor simulator that stands in for this API in sandbox runs. */
    simulator?: string;
  };
  /** Adds authentication to an outgoing request. May be async (e.g. an OAuth token exchange). */
  authenticate?: (
    values: CredentialValues,
    request: HttpRequest,
    helpers: CredentialHelpers,
  ) => HttpRequest | Promise<HttpRequest>;
  /** A request that succeeds only with valid credentials. */
  test?: HttpRequest | ((values: CredentialValues, helpers: CredentialHelpers) => Promise<void>);
}

/** What a credential's `authenticate` may use: plain HTTP and a cache for tokens. */
export interface CredentialHelpers {
  fetchJson(request: HttpRequest): Promise<unknown>;
  cache: { get(key: string): unknown; set(key: string, value: unknown, ttlMs: number): void };
  baseUrl: string;
}

/** A credential as the runtime hands it to a node: decrypted values and the base URL to use. */
export interface ResolvedCredential {
  id: string;
  type: string;
  values: CredentialValues;
  baseUrl?: string;
}

export function defineCredential<T extends CredentialType>(type: T): T {
  const secretFields = Object.entries(type.fields)
    .filter(([, field]) => (field as { secret?: boolean }).secret)
    .map(([name]) => name);
  return { ...type, secretFields: type.secretFields ?? secretFields };
}
