import { sign } from 'node:crypto';
import {
  defineCredential,
  NodeError,
  Prop,
  type CredentialHelpers,
  type CredentialValues,
} from '@ainow/engine/sdk';

/**
 * ZoomInfo Enterprise API credential (vendor-contracts.md 2.1): username and password, or PKI
 * (client id + private key signing a short RS256 client JWT). Either is exchanged at
 * `POST /authenticate` for a one-hour access JWT, cached until five minutes before it expires,
 * then sent as `Authorization: Bearer <jwt>`.
 *
 * @example
 * { "type": "zoominfo", "values": { "method": "password", "username": "me@acme.com", "password": "..." } }
 */
const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

function clientJwt(values: CredentialValues): string {
  const now = Math.floor(Date.now() / 1000);
  const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = b64url(
    JSON.stringify({
      aud: 'enterprise_api',
      iss: 'api-client@zoominfo.com',
      iat: now,
      exp: now + 300,
      client_id: values.clientId,
      username: values.username,
    }),
  );
  const signature = sign(
    'sha256',
    Buffer.from(`${header}.${claims}`),
    String(values.privateKey ?? ''),
  ).toString('base64url');
  return `${header}.${claims}.${signature}`;
}

/** Milliseconds until five minutes before the JWT's `exp` (55 minutes when it cannot be read). */
function cacheTtl(jwt: string): number {
  try {
    const exp = Number(JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')).exp);
    if (Number.isFinite(exp)) return Math.max(1000, exp * 1000 - Date.now() - 5 * 60_000);
  } catch {
    // Not a readable JWT: fall back to ZoomInfo's advice of refreshing every 55 minutes.
  }
  return 55 * 60_000;
}

/** Gets an access JWT, from the cache when one is still good. */
export async function zoomInfoJwt(values: CredentialValues, helpers: CredentialHelpers): Promise<string> {
  const pki = values.method === 'pki';
  const key = `zoominfo:jwt:${helpers.baseUrl}:${String(pki ? values.clientId : values.username)}`;
  const cached = helpers.cache.get(key);
  if (typeof cached === 'string') return cached;
  if (pki && (!values.clientId || !values.privateKey || !values.username)) {
    throw new NodeError('The ZoomInfo PKI credential needs a username, a client id and a private key', {
      code: 'auth_failed',
    });
  }
  const answer = (await helpers.fetchJson(
    pki
      ? {
          method: 'POST',
          url: '/authenticate',
          headers: { Authorization: `Bearer ${clientJwt(values)}` },
          skipAuth: true,
        }
      : {
          method: 'POST',
          url: '/authenticate',
          body: { username: values.username, password: values.password },
          skipAuth: true,
        },
  )) as { jwt?: unknown };
  if (typeof answer?.jwt !== 'string') {
    throw new NodeError('ZoomInfo /authenticate answered without a jwt; check the base URL', {
      code: 'auth_failed',
    });
  }
  helpers.cache.set(key, answer.jwt, cacheTtl(answer.jwt));
  return answer.jwt;
}

export const zoomInfoCredential = defineCredential({
  name: 'zoominfo',
  displayName: 'ZoomInfo Enterprise API',
  docsUrl: 'https://api-docs.zoominfo.com/#authentication',
  fields: {
    method: Prop.options({
      label: 'Sign in with',
      default: 'password',
      options: [
        { value: 'password', label: 'Username and password' },
        { value: 'pki', label: 'Client id and private key (PKI)' },
      ],
    }),
    username: Prop.text({ label: 'Username', required: true }),
    password: Prop.text({ label: 'Password', secret: true, showIf: { method: ['password'] } }),
    clientId: Prop.text({ label: 'Client id', showIf: { method: ['pki'] } }),
    privateKey: Prop.longText({ label: 'Private key (PEM)', secret: true, showIf: { method: ['pki'] } }),
  },
  baseUrl: { default: 'https://api.zoominfo.com', simulator: 'zoominfo' },
  async authenticate(values, request, helpers) {
    const jwt = await zoomInfoJwt(values, helpers);
    return {
      ...request,
      headers: { Accept: 'application/json', ...request.headers, Authorization: `Bearer ${jwt}` },
    };
  },
  async test(values, helpers) {
    await zoomInfoJwt(values, helpers);
  },
});
