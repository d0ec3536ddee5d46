import type { SimRequest, SimResponse } from '../kit';
import { describeObject, SCHEMA } from './salesforce-schema';
import {
  JSON_PARSER_ERROR,
  jsonBody,
  NOT_FOUND,
  sfErrors,
  versionNumber,
  type SfContext,
  type SfRoute,
} from './salesforce-context';

/**
 * sObject REST routes (vendor-contracts §11.2): describe, create (201), read, update (204),
 * delete (204), upsert by external id (201 created / 200 or 204 updated / 300 ambiguous), plus
 * `/limits`, `/sobjects` and the version list.
 *
 * @example
 * createSimulator('salesforce', sobjectRoutes.map(...));
 */
const base = '/services/data/:version';

function withAttributes(
  version: string,
  object: string,
  record: Record<string, unknown>,
): Record<string, unknown> {
  return {
    attributes: { type: object, url: `/services/data/${version}/sobjects/${object}/${String(record.Id)}` },
    ...record,
  };
}

function fieldsOf(req: SimRequest): Record<string, unknown> | undefined {
  const body = jsonBody(req);
  return body && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined;
}

function upsert(req: SimRequest, ctx: SfContext): SimResponse {
  const { object: name, field: fieldParam, value, version } = req.params;
  const object = ctx.store.objectOf(name);
  if (!object) return NOT_FOUND();
  const field = object.fields.find((f) => f.name.toLowerCase() === fieldParam.toLowerCase());
  if (!field || !(field.externalId || field.name === 'Id')) {
    return sfErrors(404, [
      {
        errorCode: 'NOT_FOUND',
        message: `Provided external ID field does not exist or is not accessible: ${fieldParam}`,
      },
    ]);
  }
  const fields = fieldsOf(req);
  if (!fields) return JSON_PARSER_ERROR();
  const inBody = Object.keys(fields).find((k) => k.toLowerCase() === field.name.toLowerCase());
  if (inBody && String(fields[inBody]) !== value) {
    return sfErrors(400, [
      {
        errorCode: 'INVALID_FIELD',
        message: `${field.name} in the body does not match the value in the URL`,
        fields: [field.name],
      },
    ]);
  }
  const matches =
    field.name === 'Id'
      ? [ctx.store.find(name, value)].filter((r) => r !== undefined)
      : ctx.store.findBy(name, field.name, value);
  if (matches.length > 1)
    return { status: 300, body: matches.map((r) => `/services/data/${version}/sobjects/${name}/${r.Id}`) };
  if (matches.length === 1) {
    const errors = ctx.store.update(name, matches[0].Id, fields);
    if (errors.length) return sfErrors(400, errors);
    if ((versionNumber(version) ?? 0) < 46) return { status: 204 };
    return { status: 200, body: { id: matches[0].Id, success: true, errors: [], created: false } };
  }
  if (req.query.updateOnly === 'true') return NOT_FOUND();
  if (field.name === 'Id') return NOT_FOUND();
  const result = ctx.store.create(name, { ...fields, [field.name]: value });
  if (result.errors) return sfErrors(400, result.errors);
  return {
    status: 201,
    headers: { Location: `/services/data/${version}/sobjects/${name}/${result.id}` },
    body: { id: result.id, success: true, errors: [], created: true },
  };
}

export const sobjectRoutes: SfRoute[] = [
  {
    method: 'GET',
    path: '/services/data',
    handle: () => ({
      status: 200,
      body: ['58.0', '60.0', '62.0'].map((v) => ({
        label: 'Winter',
        url: `/services/data/v${v}`,
        version: v,
      })),
    }),
  },
  {
    method: 'GET',
    path: `${base}/limits`,
    handle: (_req, ctx) => {
      const { used, max } = ctx.dailyUsage();
      return { status: 200, body: { DailyApiRequests: { Max: max, Remaining: Math.max(0, max - used) } } };
    },
  },
  {
    method: 'GET',
    path: `${base}/sobjects`,
    handle: () => ({
      status: 200,
      body: {
        encoding: 'UTF-8',
        maxBatchSize: 200,
        sobjects: Object.values(SCHEMA).map((o) => ({
          name: o.name,
          label: o.label,
          keyPrefix: o.keyPrefix,
          createable: true,
          queryable: true,
        })),
      },
    }),
  },
  {
    method: 'GET',
    path: `${base}/sobjects/:object/describe`,
    handle: (req, ctx) => {
      const object = ctx.store.objectOf(req.params.object);
      return object ? { status: 200, body: describeObject(object, req.params.version) } : NOT_FOUND();
    },
  },
  {
    method: 'POST',
    path: `${base}/sobjects/:object`,
    handle: (req, ctx) => {
      if (!ctx.store.objectOf(req.params.object)) return NOT_FOUND();
      const fields = fieldsOf(req);
      if (!fields) return JSON_PARSER_ERROR();
      const result = ctx.store.create(req.params.object, fields);
      if (result.errors) return sfErrors(400, result.errors);
      return {
        status: 201,
        headers: {
          Location: `/services/data/${req.params.version}/sobjects/${req.params.object}/${result.id}`,
        },
        body: { id: result.id, success: true, errors: [] },
      };
    },
  },
  {
    method: 'GET',
    path: `${base}/sobjects/:object/:id`,
    handle: (req, ctx) => {
      const record = ctx.store.find(req.params.object, req.params.id);
      if (!record) return NOT_FOUND();
      const wanted = req.query.fields?.split(',').map((f) => f.trim());
      const picked = wanted
        ? Object.fromEntries(Object.entries(record).filter(([k]) => k === 'Id' || wanted.includes(k)))
        : record;
      return { status: 200, body: withAttributes(req.params.version, req.params.object, picked) };
    },
  },
  {
    method: 'PATCH',
    path: `${base}/sobjects/:object/:id`,
    handle: (req, ctx) => {
      if (!ctx.store.objectOf(req.params.object)) return NOT_FOUND();
      const fields = fieldsOf(req);
      if (!fields) return JSON_PARSER_ERROR();
      const errors = ctx.store.update(req.params.object, req.params.id, fields);
      if (errors.length) return sfErrors(errors[0].errorCode === 'NOT_FOUND' ? 404 : 400, errors);
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    path: `${base}/sobjects/:object/:id`,
    handle: (req, ctx) =>
      ctx.store.remove(req.params.object, req.params.id) ? { status: 204 } : NOT_FOUND(),
  },
  { method: 'PATCH', path: `${base}/sobjects/:object/:field/:value`, handle: upsert },
];
