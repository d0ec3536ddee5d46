import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local API for HTTP Request tests on 127.0.0.1: echo endpoints, a file, an error, and one list
 * of 25 records served with every pagination style the node supports.
 */
export const RECORDS = Array.from({ length: 25 }, (_, i) => ({ id: i + 1 }));
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 3]);

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
    ...headers,
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function handle(req: IncomingMessage, res: ServerResponse, raw: string, base: string): void {
  const url = new URL(req.url ?? '/', base);
  const q = (name: string, fallback: number) => Number(url.searchParams.get(name) ?? fallback);
  switch (url.pathname) {
    case '/echo':
      return send(res, 200, {
        method: req.method,
        query: Object.fromEntries(url.searchParams),
        contentType: req.headers['content-type'] ?? null,
        custom: req.headers['x-custom'] ?? null,
        body: raw,
      });
    case '/list':
      return send(res, 200, [{ id: 1 }, { id: 2 }, 'three']);
    case '/text':
      return send(res, 200, 'plain words');
    case '/file':
      return send(res, 200, PNG, {
        'content-type': 'image/png',
        'content-disposition': 'attachment; filename="logo.png"',
      });
    case '/fail':
      return send(res, 422, { message: 'email is invalid' });
    case '/offset': {
      const offset = q('offset', 0);
      return send(res, 200, { data: RECORDS.slice(offset, offset + q('limit', 10)) });
    }
    case '/pages': {
      const size = q('per_page', 10);
      const page = q('page', 1);
      return send(res, 200, { results: RECORDS.slice((page - 1) * size, page * size) });
    }
    case '/cursor': {
      const start = q('after', 0);
      const next = start + 10 < RECORDS.length ? start + 10 : null;
      return send(res, 200, { items: RECORDS.slice(start, start + 10), paging: { next } });
    }
    case '/next': {
      const start = q('start', 0);
      const next = start + 10 < RECORDS.length ? `/next?start=${start + 10}` : undefined;
      return send(res, 200, { items: RECORDS.slice(start, start + 10), links: { next } });
    }
    case '/link': {
      const start = q('start', 0);
      const headers: Record<string, string> =
        start + 10 < RECORDS.length ? { link: `<${base}/link?start=${start + 10}>; rel="next"` } : {};
      return send(res, 200, RECORDS.slice(start, start + 10), headers);
    }
    case '/forever':
      return send(res, 200, { items: [{ id: 1 }], next: '/forever?again=1' });
    default:
      return send(res, 404, { message: 'no such path' });
  }
}

export async function startTestApi(): Promise<{ url: string; close(): Promise<void> }> {
  let base = '';
  const server: Server = createServer((req, res) => {
    readBody(req).then((raw) => handle(req, res, raw, base));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: base, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
