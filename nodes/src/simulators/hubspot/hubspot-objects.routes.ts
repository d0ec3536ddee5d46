import type { SimRequest, SimResponse } from '../kit';
import { bodyObject, intParam } from '../shared';
import { hubspotError, notFound, propertyError } from './hubspot-errors';
import { ASSOCIATION_TYPES, objectTypeOf, type CrmStore, type ObjectType } from './hubspot-store';

/**
 * HubSpot CRM v3 object endpoints (vendor-contracts.md 10.1) for contacts, deals and notes:
 * create (201, 409 on a duplicate email, inline associations), get/update by id or
 * `idProperty=email`, archive, list with `after` paging, batch read and batch upsert.
 */
type Handler = (store: CrmStore, request: SimRequest, type: ObjectType) => SimResponse;

const propertyNames = (value: unknown): string[] | undefined =>
  typeof value === 'string' && value
    ? value.split(',')
    : Array.isArray(value)
      ? value.map(String)
      : undefined;

/** Wraps a handler: resolves `:objectType` and checks that the body is JSON when one is needed. */
export function objectRoute(store: CrmStore, handler: Handler, needsBody = false) {
  return (request: SimRequest): SimResponse => {
    const type = objectTypeOf(request.params.objectType ?? '');
    if (!type)
      return hubspotError(
        400,
        'VALIDATION_ERROR',
        `Unable to infer object type from: ${request.params.objectType}`,
      );
    if (needsBody && !bodyObject(request))
      return hubspotError(
        400,
        'VALIDATION_ERROR',
        'Invalid input JSON on line 1, column 1: request body must be a JSON object',
      );
    return handler(store, request, type);
  };
}

type AssociationInput = {
  to?: { id?: string };
  types?: Array<{ associationCategory?: string; associationTypeId?: number }>;
};

function checkAssociations(store: CrmStore, type: ObjectType, inputs: unknown): SimResponse | undefined {
  for (const input of (Array.isArray(inputs) ? inputs : []) as AssociationInput[]) {
    for (const spec of input.types ?? []) {
      const known = ASSOCIATION_TYPES[Number(spec.associationTypeId)];
      if (!known || known[0] !== type) {
        return hubspotError(
          400,
          'VALIDATION_ERROR',
          `${spec.associationTypeId} is not a valid association type id from ${type}`,
        );
      }
      if (!store.find(known[1], String(input.to?.id))) {
        return hubspotError(
          400,
          'VALIDATION_ERROR',
          `One or more associations are invalid: ${known[1]} ${String(input.to?.id)} does not exist`,
        );
      }
    }
  }
  return undefined;
}

export const createObject: Handler = (store, request, type) => {
  const body = bodyObject(request)!;
  const properties = body.properties;
  if (!properties || typeof properties !== 'object')
    return hubspotError(400, 'VALIDATION_ERROR', 'Invalid input JSON: "properties" is required');
  const props = properties as Record<string, unknown>;
  const problems = store.check(type, props);
  if (problems.length) return propertyError(problems);
  if (type === 'notes' && !props.hs_timestamp)
    return propertyError([
      { name: 'hs_timestamp', error: 'REQUIRED_FIELD', message: 'hs_timestamp is required' },
    ]);
  if (type === 'contacts' && typeof props.email === 'string' && props.email) {
    const existing = store.findByEmail(props.email);
    if (existing) return hubspotError(409, 'CONFLICT', `Contact already exists. Existing ID: ${existing.id}`);
  }
  const badAssociation = checkAssociations(store, type, body.associations);
  if (badAssociation) return badAssociation;
  const record = store.create(type, props);
  for (const input of (Array.isArray(body.associations) ? body.associations : []) as AssociationInput[]) {
    for (const spec of input.types ?? []) {
      const typeId = Number(spec.associationTypeId);
      store.associate(
        type,
        record.id,
        ASSOCIATION_TYPES[typeId][1],
        String(input.to!.id),
        typeId,
        spec.associationCategory,
      );
    }
  }
  return { status: 201, body: store.view(type, record, Object.keys(record.properties)) };
};

export const getObject: Handler = (store, request, type) => {
  const record = store.find(type, request.params.id, request.query.idProperty);
  if (!record) return notFound(type, request.params.id);
  return { status: 200, body: store.view(type, record, propertyNames(request.query.properties)) };
};

export const updateObject: Handler = (store, request, type) => {
  const record = store.find(type, request.params.id, request.query.idProperty);
  if (!record) return notFound(type, request.params.id);
  const props = (bodyObject(request)!.properties ?? {}) as Record<string, unknown>;
  const problems = store.check(type, props);
  if (problems.length) return propertyError(problems);
  if (type === 'contacts' && typeof props.email === 'string') {
    const other = store.findByEmail(props.email);
    if (other && other.id !== record.id)
      return hubspotError(
        409,
        'CONFLICT',
        `A contact with the email '${props.email}' already exists. Existing ID: ${other.id}`,
      );
  }
  store.update(record, props);
  return { status: 200, body: store.view(type, record, Object.keys(record.properties)) };
};

export const archiveObject: Handler = (store, request, type) => {
  store.records[type].delete(request.params.id);
  return { status: 204 };
};

export const listObjects: Handler = (store, request, type) => {
  const limit = Math.min(100, Math.max(1, intParam(request.query.limit, 10)));
  const after = intParam(request.query.after, 0);
  const all = [...store.records[type].values()];
  const page = all.slice(after, after + limit);
  const next =
    after + limit < all.length
      ? { paging: { next: { after: String(after + limit), link: `?after=${after + limit}` } } }
      : {};
  return {
    status: 200,
    body: { results: page.map((r) => store.view(type, r, propertyNames(request.query.properties))), ...next },
  };
};

export const batchRead: Handler = (store, request, type) => {
  const body = bodyObject(request)!;
  const inputs = (Array.isArray(body.inputs) ? body.inputs : []) as Array<{ id?: string }>;
  const idProperty = typeof body.idProperty === 'string' ? body.idProperty : undefined;
  const found = inputs.map((i) => store.find(type, String(i.id), idProperty)).filter((r) => r !== undefined);
  const now = new Date().toISOString();
  return {
    status: 200,
    body: {
      status: 'COMPLETE',
      results: found.map((r) => store.view(type, r, propertyNames(body.properties))),
      startedAt: now,
      completedAt: now,
    },
  };
};

export const batchUpsert: Handler = (store, request, type) => {
  const inputs = bodyObject(request)!.inputs;
  if (!Array.isArray(inputs) || inputs.length === 0)
    return hubspotError(400, 'VALIDATION_ERROR', 'Invalid input JSON: "inputs" is required');
  if (inputs.length > 100)
    return hubspotError(400, 'VALIDATION_ERROR', `Batch input limit is 100, got ${inputs.length}`);
  const startedAt = new Date().toISOString();
  const results: unknown[] = [];
  const errors: unknown[] = [];
  for (const input of inputs as Array<{
    id?: string;
    idProperty?: string;
    properties?: Record<string, unknown>;
  }>) {
    if (input.idProperty !== 'email' || type !== 'contacts') {
      return hubspotError(
        400,
        'VALIDATION_ERROR',
        `${String(input.idProperty)} is not a unique-value property of ${type}; upsert needs one (email)`,
      );
    }
    const properties = { ...(input.properties ?? {}), email: String(input.id ?? '') };
    const problems = store.check(type, properties);
    if (problems.length) {
      errors.push({
        status: 'error',
        category: 'VALIDATION_ERROR',
        message: problems.map((p) => p.message).join('; '),
        context: { ids: [String(input.id)] },
        errors: [],
        links: {},
      });
      continue;
    }
    const existing = store.findByEmail(properties.email);
    const record = existing ? store.update(existing, properties) : store.create(type, properties);
    results.push({ ...store.view(type, record, Object.keys(record.properties)), new: !existing });
  }
  const completedAt = new Date().toISOString();
  const body = { status: 'COMPLETE', results, startedAt, completedAt };
  return errors.length
    ? { status: 207, body: { ...body, numErrors: errors.length, errors } }
    : { status: 200, body };
};
