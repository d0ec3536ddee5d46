import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small local HTTP server that stands in for a vendor API in tests and sandbox runs. Each
 * vendor's simulator declares its routes; the kit parses bodies, matches `:params`, records
 * requests and can be told to fail.
 *
 * @example
 * const sim = createSimulator('neverbounce', [
 *   { method: 'GET', path: '/v4.2/single/check', handle: (req) => ({ status: 200, body: { status: 'success' } }) },
 * ]);
 * const { url } = await sim.start();
 * sim.failNext({ status: 429, headers: { 'Retry-After': '1' } });
 */
export interface SimRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON or form body (object), otherwise the raw text. */
  body: unknown;
  rawBody: Buffer;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface SimRoute {
  method: string;
  /** Path with `:name` segments, e.g. `/crm/v3/objects/contacts/:id`. */
  path: string;
  handle(request: SimRequest): SimResponse | Promise<SimResponse>;
}

export interface Failure extends SimResponse {
  /** How many requests fail this way (default 1). */
  times?: number;
  /** Only requests whose path starts with this fail. */
  pathPrefix?: string;
}

export interface Simulator {
  readonly name: string;
  readonly requests: SimRequest[];
  start(port?: number, host?: string): Promise<{ url: string; port: number }>;
  stop(): Promise<void>;
  failNext(failure: Failure): void;
  url(): string;
}

function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const a = pattern.split('/');
  const b = path.split('/');
  if (a.length !== b.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    if (a[i].startsWith(':')) params[a[i].slice(1)] = decodeURIComponent(b[i]);
    else if (a[i] !== b[i]) return undefined;
  }
  return params;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(raw: Buffer, contentType: string): unknown {
  const text = raw.toString('utf8');
  if (!text) return undefined;
  if (contentType.includes('application/json')) {
    try {
      return JSON.parse(text);
    } catch {
      return { __invalidJson: text };
    }
  }
  if (contentType.includes('application/x-www-form-urlencoded')) {
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of new URLSearchParams(text)) {
      const prev = out[k];
      out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    return out;
  }
  return text;
}

export function createSimulator(name: string, routes: SimRoute[]): Simulator {
  let server: Server | undefined;
  let baseUrl = '';
  const failures: Failure[] = [];
  const requests: SimRequest[] = [];

  const handle = async (req: IncomingMessage): Promise<SimResponse> => {
    const url = new URL(req.url ?? '/', 'http://sim');
    const raw = await readBody(req);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const request: SimRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      params: {},
      query: Object.fromEntries(url.searchParams),
      headers,
      body: parseBody(raw, headers['content-type'] ?? ''),
      rawBody: raw,
    };
    requests.push(request);
    const failureIndex = failures.findIndex((f) => !f.pathPrefix || request.path.startsWith(f.pathPrefix));
    if (failureIndex >= 0) {
      const failure = failures[failureIndex];
      failure.times = (failure.times ?? 1) - 1;
      if (failure.times <= 0) failures.splice(failureIndex, 1);
      return failure;
    }
    let pathMatched = false;
    for (const route of routes) {
      const params = matchPath(route.path, request.path);
      if (!params) continue;
      pathMatched = true;
      if (route.method !== request.method) continue;
      request.params = params;
      return route.handle(request);
    }
    return pathMatched
      ? { status: 405, body: { error: `${request.method} is not allowed on ${request.path}` } }
      : {
          status: 404,
          body: { error: `no route ${request.method} ${request.path} in the ${name} simulator` },
        };
  };

  return {
    name,
    requests,
    failNext(failure) {
      failures.push({ ...failure });
    },
    url: () => baseUrl,
    async start(port = 0, host = '127.0.0.1') {
      server = createServer((req, res) => {
        handle(req)
          .catch((error: unknown): SimResponse => ({ status: 500, body: { error: String(error) } }))
          .then((response) => {
            const isText = typeof response.body === 'string';
            res.writeHead(response.status, {
              'content-type': isText ? 'text/plain' : 'application/json',
              ...response.headers,
            });
            res.end(
              response.body === undefined ? '' : isText ? response.body : JSON.stringify(response.body),
            );
          });
      });
      await new Promise<void>((resolve) => server!.listen(port, host, resolve));
      const address = server.address() as AddressInfo;
      baseUrl = `http://${host}:${address.port}`;
      return { url: baseUrl, port: address.port };
    },
    async stop() {
      if (!server) return;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    },
  };
}
