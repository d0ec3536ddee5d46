import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient, MemoryRateLimiter } from '@ainow/engine/runtime';
import { defineCredential, HttpError, NodeError, Prop } from '@ainow/engine/sdk';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
let reply: (req: Seen) => { status: number; headers?: Record<string, string>; body?: string } = () => ({
  status: 200,
  body: '{}',
});

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const s = { method: req.method!, url: req.url!, headers: req.headers, body };
      seen.push(s);
      const r = reply(s);
      res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers });
      res.end(r.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  delete process.env.AINOW_HTTP_ALLOW_PRIVATE_NETWORKS;
});

const apiKeyType = defineCredential({
  name: 'acme',
  displayName: 'Acme',
  fields: { apiKey: Prop.text({ label: 'API key', required: true }) },
  baseUrl: { default: 'https://api.acme.test' },
  authenticate: (values, req) => ({
    ...req,
    headers: { ...req.headers, 'x-api-key': String(values.apiKey) },
  }),
});
const cache = { get: () => undefined, set: () => undefined };
const client = (more = {}) =>
  createHttpClient({
    credential: { id: 'c1', type: 'acme', values: { apiKey: 'k-123' }, baseUrl: base + '/v2/' },
    credentialType: apiKeyType,
    signal: new AbortController().signal,
    tokenCache: cache,
    ...more,
  });

describe('http client', () => {
  it('resolves relative URLs against the credential base URL and applies its authentication', async () => {
    reply = () => ({ status: 200, body: JSON.stringify({ ok: true }) });
    const res = await client().request({
      url: '/people/search',
      query: { q: 'ada', page: 2, tags: ['a', 'b'] },
    });
    expect(res.body).toEqual({ ok: true });
    expect(seen[0].url).toBe('/v2/people/search?q=ada&page=2&tags=a&tags=b');
    expect(seen[0].headers['x-api-key']).toBe('k-123');
  });

  it.each([
    ['json', { a: 1 }, 'application/json', '{"a":1}'],
    ['form', { a: 1, b: 'x y' }, 'application/x-www-form-urlencoded', 'a=1&b=x+y'],
    ['raw', 'plain text', 'text/plain', 'plain text'],
  ] as const)('sends %s bodies', async (bodyType, body, contentType, sent) => {
    reply = () => ({ status: 201, body: '' });
    await client().request({ method: 'POST', url: 'x', body, bodyType });
    expect(seen[0].headers['content-type']).toBe(contentType);
    expect(seen[0].body).toBe(sent);
  });

  it.each([
    [429, { 'retry-after': '2' }, true, 2000],
    [503, {}, true, undefined],
    [401, {}, false, undefined],
    [400, {}, false, undefined],
  ])('turns a %i answer into an HttpError', async (status, headers, retryable, retryAfterMs) => {
    reply = () => ({ status, headers, body: JSON.stringify({ message: 'vendor says no' }) });
    const error = (await client()
      .request({ url: 'x' })
      .catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(retryable);
    expect(error.retryAfterMs).toBe(retryAfterMs);
    expect(error.message).toContain('vendor says no');
  });

  it('refuses loopback addresses for guarded requests unless the setting allows them', async () => {
    const error = await client()
      .request({ url: base + '/x', guardPrivateNetworks: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NodeError);
    expect((error as Error).message).toContain('private or loopback address');
    expect(seen).toHaveLength(0);
    process.env.AINOW_HTTP_ALLOW_PRIVATE_NETWORKS = 'true';
    reply = () => ({ status: 200, body: '"fine"' });
    expect((await client().request({ url: base + '/x', guardPrivateNetworks: true })).body).toBe('fine');
  });

  it.each([
    'http://10.0.0.5/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/',
  ])('guards %s', async (url) => {
    await expect(client().request({ url, guardPrivateNetworks: true })).rejects.toThrow(
      'private or loopback address',
    );
  });

  it('times out with a retryable error that says how long it waited', async () => {
    reply = () => ({ status: 200, body: '{}' });
    const slow = createServer(() => undefined);
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`;
    const error = (await client()
      .request({ url, timeoutMs: 50 })
      .catch((e: unknown) => e)) as NodeError;
    slow.closeAllConnections();
    slow.close();
    expect(error.message).toContain('did not answer within 50 ms');
    expect(error.retryable).toBe(true);
  });

  it('also paces requests by the tokens they declare when the limit has a token budget', async () => {
    reply = () => ({ status: 200, body: '{}' });
    const http = client({
      limiter: new MemoryRateLimiter(),
      rateLimit: { requests: 100, perMs: 400, tokens: 1000 },
      rateLimitKey: 'openai:c1',
    });
    const t0 = Date.now();
    await http.request({ url: 'x', rateTokens: 600 });
    await http.request({ url: 'x', rateTokens: 300 });
    expect(Date.now() - t0).toBeLessThan(100);
    await http.request({ url: 'x', rateTokens: 600 });
    // 100 tokens left, 500 more needed at 2.5 per ms: about 200 ms.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(150);
    await http.request({ url: 'x' });
    expect(seen).toHaveLength(4);
  });

  it('waits for the rate limit instead of failing', async () => {
    reply = () => ({ status: 200, body: '{}' });
    const http = client({
      limiter: new MemoryRateLimiter(),
      rateLimit: { requests: 2, perMs: 200 },
      rateLimitKey: 'acme:c1',
    });
    const t0 = Date.now();
    await Promise.all([1, 2, 3, 4].map(() => http.request({ url: 'x' })));
    expect(seen).toHaveLength(4);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(150);
  });
});
