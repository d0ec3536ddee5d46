import type { SimRequest, SimResponse } from '../kit';
import { JSON_PARSER_ERROR, jsonBody, sfErrors, type SfContext, type SfRoute } from './salesforce-context';

/**
 * Composite routes (vendor-contracts §11.2): `POST /composite` runs up to 25 sub-requests in
 * order, resolving `@{ref.path}` references and rolling everything back with `PROCESSING_HALTED`
 * under `allOrNone`; `POST /composite/sobjects` and `PATCH /composite/sobjects/{type}/{field}`
 * create or upsert up to 200 records.
 *
 * @example
 * POST /services/data/v62.0/composite { allOrNone: true, compositeRequest: [{ method, url, referenceId, body }] }
 */
const base = '/services/data/:version';
const HALTED = {
  errorCode: 'PROCESSING_HALTED',
  message: 'The transaction was rolled back since another operation in the same transaction failed.',
};

interface SubRequest {
  method: string;
  url: string;
  referenceId: string;
  body?: unknown;
}

function lookup(results: Map<string, unknown>, path: string): unknown {
  const [ref, ...rest] = path.split('.');
  let value: unknown = results.get(ref);
  for (const part of rest.flatMap((p) => p.split(/[[\]]/).filter(Boolean))) {
    value = value === null || value === undefined ? undefined : (value as Record<string, unknown>)[part];
  }
  return value;
}

function resolve(value: unknown, results: Map<string, unknown>, missing: string[]): unknown {
  if (typeof value === 'string') {
    return value.replace(/@\{([^}]+)\}/g, (_m, path: string) => {
      const found = lookup(results, path);
      if (found === undefined) missing.push(path);
      return String(found ?? '');
    });
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, results, missing));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, results, missing)]));
  }
  return value;
}

async function composite(req: SimRequest, ctx: SfContext): Promise<SimResponse> {
  const body = jsonBody(req) as { allOrNone?: boolean; compositeRequest?: SubRequest[] } | undefined;
  if (!body) return JSON_PARSER_ERROR();
  const subs = body.compositeRequest;
  if (!Array.isArray(subs) || subs.length === 0) {
    return sfErrors(400, [
      { errorCode: 'INVALID_FIELD', message: 'compositeRequest must be a non-empty array' },
    ]);
  }
  if (subs.length > 25)
    return sfErrors(400, [
      { errorCode: 'LIMIT_EXCEEDED', message: 'Limit Exceeded: at most 25 subrequests' },
    ]);
  const restore = ctx.store.snapshot();
  const results = new Map<string, unknown>();
  const out: Array<{
    body: unknown;
    httpHeaders: Record<string, string>;
    httpStatusCode: number;
    referenceId: string;
  }> = [];
  let failed = false;
  for (const sub of subs) {
    const missing: string[] = [];
    const url = String(resolve(sub.url, results, missing));
    const subBody = resolve(sub.body, results, missing);
    if (failed && body.allOrNone) {
      out.push({ body: [HALTED], httpHeaders: {}, httpStatusCode: 400, referenceId: sub.referenceId });
      continue;
    }
    if (missing.length) {
      failed = true;
      out.push({
        body: [
          {
            errorCode: 'PROCESSING_HALTED',
            message: `Invalid reference specified. No value for ${missing[0]} found.`,
          },
        ],
        httpHeaders: {},
        httpStatusCode: 400,
        referenceId: sub.referenceId,
      });
      continue;
    }
    const res = await ctx.dispatch(sub.method, url, subBody);
    if (res.status >= 400) failed = true;
    results.set(sub.referenceId, res.body);
    out.push({
      body: res.body ?? null,
      httpHeaders: res.headers?.Location ? { Location: res.headers.Location } : {},
      httpStatusCode: res.status,
      referenceId: sub.referenceId,
    });
  }
  if (failed && body.allOrNone) {
    restore();
    for (const entry of out)
      if (entry.httpStatusCode < 400)
        Object.assign(entry, { body: [HALTED], httpStatusCode: 400, httpHeaders: {} });
  }
  return { status: 200, body: { compositeResponse: out } };
}

async function collection(req: SimRequest, ctx: SfContext, upsertField?: string): Promise<SimResponse> {
  const body = jsonBody(req) as { allOrNone?: boolean; records?: Array<Record<string, unknown>> } | undefined;
  if (!body || !Array.isArray(body.records)) return JSON_PARSER_ERROR();
  if (body.records.length > 200)
    return sfErrors(400, [
      {
        errorCode: 'EXCEEDED_ID_LIMIT',
        message: 'record limit reached. cannot submit more than 200 records into this call',
      },
    ]);
  const restore = ctx.store.snapshot();
  const results: Array<Record<string, unknown>> = [];
  for (const record of body.records) {
    const { attributes, ...fields } = record as { attributes?: { type?: string } } & Record<string, unknown>;
    const type = req.params.object ?? attributes?.type ?? '';
    const res = upsertField
      ? await ctx.dispatch(
          'PATCH',
          `/services/data/${req.params.version}/sobjects/${type}/${upsertField}/${encodeURIComponent(String(fields[upsertField] ?? ''))}`,
          fields,
        )
      : await ctx.dispatch('POST', `/services/data/${req.params.version}/sobjects/${type}`, fields);
    results.push(
      res.status < 300
        ? { created: res.status === 201, ...(res.body as object), success: true, errors: [] }
        : { success: false, errors: res.body },
    );
  }
  if (body.allOrNone && results.some((r) => !r.success)) {
    restore();
    return { status: 200, body: results.map((r) => (r.success ? { success: false, errors: [HALTED] } : r)) };
  }
  return {
    status: 200,
    body: results.map((r) =>
      upsertField ? r : Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'created')),
    ),
  };
}

export const compositeRoutes: SfRoute[] = [
  { method: 'POST', path: `${base}/composite`, handle: composite },
  { method: 'POST', path: `${base}/composite/sobjects`, handle: (req, ctx) => collection(req, ctx) },
  {
    method: 'PATCH',
    path: `${base}/composite/sobjects/:object/:field`,
    handle: (req, ctx) => collection(req, ctx, req.params.field),
  },
];
