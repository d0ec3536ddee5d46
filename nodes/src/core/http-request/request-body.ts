import { NodeError, type HttpMethod, type HttpRequest } from '@ainow/engine/sdk';

/**
 * The body part of the HTTP Request node's request. JSON bodies may be given as an object or as
 * JSON text; form bodies must be an object of fields; raw bodies are sent as text. GET and HEAD
 * send no body.
 *
 * @example
 * requestBody('POST', '{"a":1}', 'json'); // { body: { a: 1 }, bodyType: 'json' }
 */
export function requestBody(
  method: HttpMethod,
  body: unknown,
  bodyType: unknown,
): Pick<HttpRequest, 'body' | 'bodyType'> {
  if (method === 'GET' || method === 'HEAD' || body === undefined || body === null || body === '') return {};
  switch (bodyType ?? 'json') {
    case 'json': {
      if (typeof body !== 'string') return { body, bodyType: 'json' };
      try {
        return { body: JSON.parse(body), bodyType: 'json' };
      } catch (error) {
        throw new NodeError(
          `the body is not valid JSON (${(error as Error).message}); fix it or set Body type to Raw text`,
        );
      }
    }
    case 'form':
      if (typeof body === 'object' && !Array.isArray(body)) return { body, bodyType: 'form' };
      throw new NodeError('a form body must be an object of fields such as { "email": "ada@example.com" }');
    case 'raw':
      return { body: typeof body === 'string' ? body : JSON.stringify(body), bodyType: 'raw' };
    default:
      throw new NodeError(`unknown body type '${String(bodyType)}'; use json, form or raw`);
  }
}
