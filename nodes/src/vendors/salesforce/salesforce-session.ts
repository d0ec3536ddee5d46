import { createHash } from 'node:crypto';
import { HttpError, NodeError, type CredentialHelpers, type CredentialValues } from '@ainow/engine/sdk';

/**
 * Gets a Salesforce access token with the OAuth2 client-credentials or refresh-token grant
 * (vendor-contracts §11.1), keeps it in the credential cache and renews it before the session
 * times out. The token answer carries no expiry, so the session timeout set in the credential
 * (Setup → Session Settings, default 2 hours) decides when to renew.
 *
 * @example
 * const session = await salesforceSession(values, helpers); // { accessToken, instanceUrl, expiresAt }
 */
export interface SalesforceSession {
  accessToken: string;
  instanceUrl: string;
  expiresAt: number;
}

/** Asks `authenticate` for a new token instead of the cached one (after `INVALID_SESSION_ID`). */
export const RENEW_SESSION_HEADER = 'x-ainow-renew-session';

interface TokenAnswer {
  access_token: string;
  instance_url: string;
  issued_at?: string;
}

const MAX_MARGIN_MS = 5 * 60_000;

function cacheKey(values: CredentialValues, baseUrl: string): string {
  const secret = createHash('sha256')
    .update(`${String(values.clientSecret ?? '')}:${String(values.refreshToken ?? '')}`)
    .digest('hex')
    .slice(0, 16);
  return `salesforce:${baseUrl}:${String(values.clientId ?? '')}:${secret}`;
}

function tokenForm(values: CredentialValues): Record<string, string> {
  const form: Record<string, string> = { client_id: String(values.clientId ?? '') };
  if (values.clientSecret) form.client_secret = String(values.clientSecret);
  if (values.grantType === 'refresh_token') {
    form.grant_type = 'refresh_token';
    form.refresh_token = String(values.refreshToken ?? '');
  } else {
    form.grant_type = 'client_credentials';
  }
  return form;
}

function loginError(error: unknown, values: CredentialValues): NodeError {
  if (!(error instanceof HttpError)) {
    return new NodeError(`Could not reach the Salesforce login endpoint: ${(error as Error).message}`, {
      retryable: true,
      cause: error,
    });
  }
  const body = (error.body ?? {}) as { error?: string; error_description?: string };
  const why = body.error ? `${body.error}: ${body.error_description ?? ''}` : `HTTP ${error.status}`;
  const hint =
    values.grantType === 'refresh_token'
      ? 'Check the consumer key and the refresh token (it may have been revoked).'
      : "Check the consumer key and secret; the client-credentials flow needs the org's My Domain URL as the base URL and a run-as user on the connected app.";
  return new NodeError(`Salesforce refused the sign-in (${why}). ${hint}`, {
    code: 'auth_failed',
    retryable: error.status === 429 || error.status >= 500,
    retryAfterMs: error.retryAfterMs,
    cause: error,
  });
}

export async function salesforceSession(
  values: CredentialValues,
  helpers: CredentialHelpers,
  renew = false,
): Promise<SalesforceSession> {
  const key = cacheKey(values, helpers.baseUrl);
  const cached = helpers.cache.get(key) as SalesforceSession | undefined;
  if (cached && !renew) return cached;
  let answer: TokenAnswer;
  try {
    answer = (await helpers.fetchJson({
      method: 'POST',
      url: '/services/oauth2/token',
      body: tokenForm(values),
      bodyType: 'form',
      headers: { Accept: 'application/json' },
    })) as TokenAnswer;
  } catch (error) {
    throw loginError(error, values);
  }
  const sessionMs = Math.max(1, Number(values.sessionMinutes ?? 120)) * 60_000;
  const issuedAt = Number(answer.issued_at) || Date.now();
  const session = {
    accessToken: answer.access_token,
    instanceUrl: answer.instance_url.replace(/\/+$/, ''),
    expiresAt: issuedAt + sessionMs,
  };
  // Renew a little before the session ends: 5 minutes, or a tenth of short sessions.
  const ttl = session.expiresAt - Date.now() - Math.min(MAX_MARGIN_MS, sessionMs / 10);
  if (ttl > 0) helpers.cache.set(key, session, ttl);
  return session;
}
