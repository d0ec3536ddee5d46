import { createHmac, createPublicKey, verify, type KeyObject } from 'node:crypto';

/**
 * Tokens for the ZoomInfo simulator: the access JWT it issues from `POST /authenticate`
 * (HS256, `exp` one hour out, like ZoomInfo's 60-minute tokens), and the check of a PKI client
 * JWT (RS256, `aud: enterprise_api`, `iss: api-client@zoominfo.com`, vendor-contracts.md 2.1).
 */
const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

export function decodeJwt(
  token: string,
): { header: Record<string, unknown>; claims: Record<string, unknown> } | undefined {
  const [header, claims] = token.split('.');
  try {
    return {
      header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>,
      claims: JSON.parse(Buffer.from(claims ?? '', 'base64url').toString('utf8')) as Record<string, unknown>,
    };
  } catch {
    return undefined;
  }
}

export function issueAccessJwt(secret: string, subject: string, ttlMs: number, now = Date.now()): string {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const iat = Math.floor(now / 1000);
  const claims = b64url(
    JSON.stringify({
      iss: 'zoominfo-simulator',
      aud: 'enterprise_api',
      sub: subject,
      iat,
      exp: iat + Math.ceil(ttlMs / 1000),
    }),
  );
  const signature = createHmac('sha256', secret).update(`${header}.${claims}`).digest('base64url');
  return `${header}.${claims}.${signature}`;
}

/** Returns why the access token is not good, or undefined when it is. */
export function accessJwtProblem(secret: string, token: string, now = Date.now()): string | undefined {
  const [header, claims, signature] = token.split('.');
  if (!signature) return 'Invalid token';
  const expected = createHmac('sha256', secret).update(`${header}.${claims}`).digest('base64url');
  if (expected !== signature) return 'Invalid token';
  const exp = Number(decodeJwt(token)?.claims.exp);
  return exp * 1000 <= now ? 'Token expired' : undefined;
}

export interface PkiClient {
  clientId: string;
  username: string;
  /** PEM public key that verifies the client's RS256 JWT. */
  publicKey: string | KeyObject;
}

/** Checks a PKI client JWT; returns the username it authenticates, or a problem. */
export function checkClientJwt(
  token: string,
  clients: PkiClient[],
  now = Date.now(),
): { username?: string; problem?: string } {
  const decoded = decodeJwt(token);
  if (!decoded || decoded.header.alg !== 'RS256') return { problem: 'Client JWT must be RS256-signed' };
  const { claims } = decoded;
  const client = clients.find((c) => c.clientId === claims.client_id && c.username === claims.username);
  if (!client) return { problem: 'Unknown client_id or username' };
  if (claims.aud !== 'enterprise_api' || claims.iss !== 'api-client@zoominfo.com') {
    return { problem: 'Client JWT needs aud "enterprise_api" and iss "api-client@zoominfo.com"' };
  }
  if (Number(claims.exp) * 1000 <= now) return { problem: 'Client JWT expired' };
  const [header, body, signature] = token.split('.');
  const key = typeof client.publicKey === 'string' ? createPublicKey(client.publicKey) : client.publicKey;
  const ok = verify(
    'sha256',
    Buffer.from(`${header}.${body}`),
    key,
    Buffer.from(signature ?? '', 'base64url'),
  );
  return ok ? { username: client.username } : { problem: 'Client JWT signature does not verify' };
}
