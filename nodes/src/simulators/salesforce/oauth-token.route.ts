import { createHmac, randomBytes } from 'node:crypto';
import type { SimRequest, SimResponse } from '../kit';

/**
 * The OAuth2 token endpoint `POST /services/oauth2/token` (vendor-contracts §11.1) for the
 * client-credentials, password and refresh-token grants, and the session table that the data
 * routes check Bearer tokens against.
 *
 * @example
 * const sessions = createSessions({ clientId: 'id', clientSecret: 's' }, () => 'http://127.0.0.1:5000');
 * sessions.token(req); // 200 { access_token, instance_url, ... } or 400 { error, error_description }
 */
export interface OAuthOptions {
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
  refreshToken: string;
  /** How long an access token lives (Salesforce session timeout; default 2 hours). */
  sessionTtlMs: number;
}

export interface Sessions {
  token(request: SimRequest): SimResponse;
  isLive(accessToken: string | undefined): boolean;
  /** Ends every session, as if they timed out or were revoked. */
  revokeAll(): void;
  readonly issued: number;
}

const ORG_ID = '00DSIM0000000001';
const USER_ID = '005SIM0000000001';

function formOf(req: SimRequest): Record<string, string> {
  if (req.body && typeof req.body === 'object') {
    return Object.fromEntries(
      Object.entries(req.body as Record<string, unknown>).map(([k, v]) => [
        k,
        String(Array.isArray(v) ? v[0] : v),
      ]),
    );
  }
  return Object.fromEntries(new URLSearchParams(req.rawBody.toString('utf8')));
}

const oauthError = (error: string, description: string, status = 400): SimResponse => ({
  status,
  body: { error, error_description: description },
});

export function createSessions(options: OAuthOptions, instanceUrl: () => string): Sessions {
  const live = new Map<string, number>();
  let issued = 0;
  return {
    get issued() {
      return issued;
    },
    isLive(accessToken) {
      const expiresAt = accessToken ? live.get(accessToken) : undefined;
      return expiresAt !== undefined && expiresAt > Date.now();
    },
    revokeAll() {
      live.clear();
    },
    token(req) {
      const form = formOf(req);
      const grant = form.grant_type;
      if (!['client_credentials', 'password', 'refresh_token'].includes(grant)) {
        return oauthError('unsupported_grant_type', 'grant type not supported');
      }
      if (form.client_id !== options.clientId)
        return oauthError('invalid_client_id', 'client identifier invalid');
      const secretOk = form.client_secret === options.clientSecret;
      if (grant === 'client_credentials' && !secretOk)
        return oauthError('invalid_client', 'invalid client credentials');
      if (
        grant === 'password' &&
        (!secretOk || form.username !== options.username || !form.password?.startsWith(options.password))
      ) {
        return oauthError('invalid_grant', 'authentication failure');
      }
      if (grant === 'refresh_token') {
        if (form.client_secret !== undefined && !secretOk)
          return oauthError('invalid_client', 'invalid client credentials');
        if (form.refresh_token !== options.refreshToken)
          return oauthError('invalid_grant', 'expired access/refresh token');
      }
      const accessToken = `${ORG_ID}!AQ${randomBytes(24).toString('base64url')}`;
      const issuedAt = String(Date.now());
      live.set(accessToken, Date.now() + options.sessionTtlMs);
      issued += 1;
      const id = `${instanceUrl()}/id/${ORG_ID}/${USER_ID}`;
      return {
        status: 200,
        body: {
          access_token: accessToken,
          instance_url: instanceUrl(),
          id,
          token_type: 'Bearer',
          issued_at: issuedAt,
          signature: createHmac('sha256', options.clientSecret)
            .update(id + issuedAt)
            .digest('base64'),
          scope: 'api',
        },
      };
    },
  };
}
