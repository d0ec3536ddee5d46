import type { HttpRequest } from '../../sdk/http';

/** Turns a request body into what fetch sends, with its content type. */
export function encodeBody(req: HttpRequest): { body?: RequestInit['body']; contentType?: string } {
  if (req.body === undefined || req.body === null || req.method === 'GET' || req.method === 'HEAD') return {};
  const type = req.bodyType ?? (typeof req.body === 'string' || Buffer.isBuffer(req.body) ? 'raw' : 'json');
  switch (type) {
    case 'json':
      return { body: JSON.stringify(req.body), contentType: 'application/json' };
    case 'form': {
      const form = new URLSearchParams();
      for (const [key, value] of Object.entries(req.body as Record<string, unknown>)) {
        for (const v of Array.isArray(value) ? value : [value])
          if (v !== undefined) form.append(key, String(v));
      }
      return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' };
    }
    case 'multipart': {
      const form = new FormData();
      for (const [key, value] of Object.entries(req.body as Record<string, unknown>))
        form.append(key, String(value));
      return { body: form };
    }
    default:
      return {
        body: Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : String(req.body),
        contentType: 'text/plain',
      };
  }
}
