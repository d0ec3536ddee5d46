import type { SimRequest, SimResponse } from '../kit';
import { hubspotError, notFound } from './hubspot-errors';
import {
  ASSOCIATION_TYPES,
  OBJECT_TYPE_ID,
  objectTypeOf,
  type CrmStore,
  type ObjectType,
} from './hubspot-store';

/**
 * HubSpot associations v4 (vendor-contracts.md 10.2): default (unlabeled) create, labeled create
 * with `[{associationCategory, associationTypeId}]`, and list.
 */
function resolve(store: CrmStore, request: SimRequest): SimResponse | { from: ObjectType; to: ObjectType } {
  const from = objectTypeOf(request.params.fromType);
  const to = objectTypeOf(request.params.toType);
  if (!from || !to)
    return hubspotError(
      400,
      'VALIDATION_ERROR',
      `Unknown object type ${from ? request.params.toType : request.params.fromType}`,
    );
  if (!store.find(from, request.params.fromId)) return notFound(from, request.params.fromId);
  if (request.params.toId !== undefined && !store.find(to, request.params.toId))
    return notFound(to, request.params.toId);
  return { from, to };
}

const defaultTypeId = (from: ObjectType, to: ObjectType) =>
  Number(Object.entries(ASSOCIATION_TYPES).find(([, [a, b]]) => a === from && b === to)?.[0]);

export function createDefaultAssociation(store: CrmStore) {
  return (request: SimRequest): SimResponse => {
    const resolved = resolve(store, request);
    if ('status' in resolved) return resolved;
    const typeId = defaultTypeId(resolved.from, resolved.to);
    if (!typeId)
      return hubspotError(
        400,
        'VALIDATION_ERROR',
        `${resolved.from} cannot be associated with ${resolved.to} in the simulator`,
      );
    const { fromId, toId } = request.params;
    store.associate(resolved.from, fromId, resolved.to, toId, typeId);
    const now = new Date().toISOString();
    const spec = (id: number) => ({ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: id });
    return {
      status: 200,
      body: {
        status: 'COMPLETE',
        results: [
          { from: { id: fromId }, to: { id: toId }, associationSpec: spec(typeId) },
          { from: { id: toId }, to: { id: fromId }, associationSpec: spec(ASSOCIATION_TYPES[typeId][2]) },
        ],
        startedAt: now,
        completedAt: now,
      },
    };
  };
}

export function createLabeledAssociation(store: CrmStore) {
  return (request: SimRequest): SimResponse => {
    const resolved = resolve(store, request);
    if ('status' in resolved) return resolved;
    const specs = Array.isArray(request.body)
      ? (request.body as Array<{ associationCategory?: string; associationTypeId?: number }>)
      : [];
    if (specs.length === 0)
      return hubspotError(
        400,
        'VALIDATION_ERROR',
        'Body must be a list of {associationCategory, associationTypeId}',
      );
    for (const spec of specs) {
      const known = ASSOCIATION_TYPES[Number(spec.associationTypeId)];
      if (!known || known[0] !== resolved.from || known[1] !== resolved.to) {
        return hubspotError(
          400,
          'VALIDATION_ERROR',
          `${spec.associationTypeId} is not a valid association type from ${resolved.from} to ${resolved.to}`,
        );
      }
      store.associate(
        resolved.from,
        request.params.fromId,
        resolved.to,
        request.params.toId,
        Number(spec.associationTypeId),
        spec.associationCategory,
      );
    }
    return {
      status: 201,
      body: {
        fromObjectTypeId: OBJECT_TYPE_ID[resolved.from],
        fromObjectId: Number(request.params.fromId),
        toObjectTypeId: OBJECT_TYPE_ID[resolved.to],
        toObjectId: Number(request.params.toId),
        labels: [],
      },
    };
  };
}

export function listAssociations(store: CrmStore) {
  return (request: SimRequest): SimResponse => {
    const resolved = resolve(store, request);
    if ('status' in resolved) return resolved;
    const byTarget = new Map<string, Array<{ category: string; typeId: number; label: null }>>();
    for (const a of store.associationsOf(resolved.from, request.params.fromId, resolved.to)) {
      byTarget.set(a.toId, [
        ...(byTarget.get(a.toId) ?? []),
        { category: a.category, typeId: a.typeId, label: null },
      ]);
    }
    return {
      status: 200,
      body: {
        results: [...byTarget].map(([toId, associationTypes]) => ({
          toObjectId: Number(toId),
          associationTypes,
        })),
      },
    };
  };
}
