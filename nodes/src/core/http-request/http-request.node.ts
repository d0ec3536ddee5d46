import { HttpError, NodeError, Prop, defineNode, type HttpMethod, type Item } from '@ainow/engine/sdk';
import { paginationProp } from './pagination.prop';
import { paginate, type Pagination } from './paginate';
import { elementItem, responseItems } from './response-items';
import { requestBody } from './request-body';

/**
 * Calls any HTTP API, once per item. GET, HEAD and OPTIONS are reads; other methods are writes
 * (so retried and resumed runs never send them twice). Private and loopback addresses are refused
 * unless `AINOW_HTTP_ALLOW_PRIVATE_NETWORKS=true`. An optional `httpAuth` credential adds a bearer
 * token, header, basic auth or query key. Pagination collects every page into the output.
 *
 * @example
 * { "type": "core.httpRequest", "parameters": { "method": "GET", "url": "https://api.example.com/leads", "query": { "status": "new" } } }
 */
const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const RESPONSE_TYPES = ['json', 'text', 'binary'] as const;

export const httpRequest = defineNode({
  type: 'core.httpRequest',
  version: 1,
  displayName: 'HTTP request',
  description: 'Calls any HTTP API',
  category: 'Utility',
  icon: 'globe',
  credential: { type: 'httpAuth', required: false },
  effect: (props) => (READ_METHODS.has(String(props.method ?? 'GET').toUpperCase()) ? 'read' : 'write'),
  props: {
    method: Prop.options({
      label: 'Method',
      default: 'GET',
      options: METHODS.map((m) => ({ value: m, label: m })),
    }),
    url: Prop.text({ label: 'URL', required: true, placeholder: 'https://api.example.com/v1/leads' }),
    query: Prop.keyValue({ label: 'Query parameters', default: {} }),
    headers: Prop.keyValue({ label: 'Headers', default: {} }),
    bodyType: Prop.options({
      label: 'Body type',
      default: 'json',
      showIf: { method: ['POST', 'PUT', 'PATCH', 'DELETE'] },
      options: [
        { value: 'json', label: 'JSON' },
        { value: 'form', label: 'Form (x-www-form-urlencoded)' },
        { value: 'raw', label: 'Raw text' },
      ],
    }),
    body: Prop.json({
      label: 'Body',
      placeholder: '{ "email": "{{ $json.email }}" }',
      showIf: { method: ['POST', 'PUT', 'PATCH', 'DELETE'] },
    }),
    responseType: Prop.options({
      label: 'Response',
      default: 'json',
      options: [
        { value: 'json', label: 'JSON (text when it is not JSON)' },
        { value: 'text', label: 'Text' },
        { value: 'binary', label: 'File (binary)' },
      ],
    }),
    pagination: paginationProp(),
    timeoutMs: Prop.number({ label: 'Timeout (ms)', default: 30_000, min: 1 }),
    options: Prop.collection({
      label: 'Options',
      default: {},
      fields: {
        fullResponse: Prop.boolean({
          label: 'Include status and headers',
          help: 'Output { status, headers, body }',
        }),
        splitArrays: Prop.boolean({ label: 'One item per list element', default: true }),
        ignoreHttpErrors: Prop.boolean({
          label: 'Never fail on HTTP errors',
          help: 'Output { status, body, error } for 4xx and 5xx answers instead of failing',
        }),
        binaryField: Prop.text({ label: 'Binary field', default: 'data' }),
      },
    }),
  },
  outputSample: { id: 1, email: 'ada@example.com' },
  async runItem(ctx) {
    const { method = 'GET', url, query, headers, body, bodyType, pagination, timeoutMs } = ctx.props;
    const responseType: (typeof RESPONSE_TYPES)[number] =
      RESPONSE_TYPES.find((t) => t === ctx.props.responseType) ?? 'json';
    const options = ctx.props.options ?? {};
    const upper = String(method).toUpperCase() as HttpMethod;
    if (!METHODS.includes(upper))
      throw new NodeError(`unknown method '${method}'; use ${METHODS.join(', ')}`);
    if (typeof url !== 'string' || !url.trim()) throw new NodeError('set the URL to call');
    const request = {
      method: upper,
      url: url.trim(),
      query: stringRecord(query),
      headers: stringRecord(headers),
      ...requestBody(upper, body, bodyType),
      responseType,
      timeoutMs: Number(timeoutMs) > 0 ? Number(timeoutMs) : undefined,
      guardPrivateNetworks: true,
    };
    const paging = (pagination ?? {}) as Pagination;
    const shape = {
      responseType,
      fullResponse: options.fullResponse,
      splitArrays: options.splitArrays,
      binaryField: options.binaryField,
    };
    try {
      const pages = await paginate(ctx.http, request, paging);
      if (pages.length > 1) ctx.logger.info(`read ${pages.length} pages`);
      return pages.flatMap((page): Item[] =>
        paging.itemsPath?.trim() && page.items && !options.fullResponse
          ? page.items.map(elementItem)
          : responseItems(page.response, shape),
      );
    } catch (error) {
      if (options.ignoreHttpErrors && error instanceof HttpError) {
        return { json: { status: error.status, body: error.body ?? null, error: error.message } };
      }
      throw error;
    }
  },
});

function stringRecord(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([k, v]) => k.trim() && v !== undefined && v !== null,
  );
  return entries.length
    ? Object.fromEntries(entries.map(([k, v]) => [k.trim(), typeof v === 'string' ? v : JSON.stringify(v)]))
    : undefined;
}
