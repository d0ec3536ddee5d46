import type { SimRequest, SimResponse, SimRoute } from '../kit';
import { bodyObject, intParam } from '../shared';
import { PIPELINES, STAGES, type Entity, type PdRecord, type PipedriveStore } from './pipedrive-store';

/**
 * Pipedrive routes (vendor-contracts §12): v2 persons, organizations and deals (create, read,
 * PATCH, cursor-paged list and search), v2 pipelines and stages, lead search (v2 and v1), v1
 * leads (201 create, PATCH, `start`/`limit` list) and `users/me`. v1 routes answer under both
 * `/v1` and `/api/v1`.
 *
 * @example
 * createSimulator('pipedrive', pipedriveRoutes(store).map(guard));
 */
const INFO = 'Please check developers.pipedrive.com for more information about Pipedrive API.';

export function pdError(status: number, error: string): SimResponse {
  return { status, body: { success: false, error, error_info: INFO, data: null, additional_data: null } };
}

const ok = (data: unknown, additional: Record<string, unknown> | null = null, status = 200): SimResponse => ({
  status,
  body: { success: true, data, additional_data: additional },
});

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
const decodeCursor = (cursor: string | undefined) =>
  cursor ? Number(Buffer.from(cursor, 'base64url').toString().split(':')[1]) || 0 : 0;

/** v2 cursor paging: `limit` (default 100, max 500) and `cursor`; `next_cursor` null when done. */
function cursorPage<T>(req: SimRequest, list: T[]): { items: T[]; next: string | null } | SimResponse {
  const limit = intParam(req.query.limit, 100);
  if (limit < 1 || limit > 500) return pdError(400, 'Validation failed: limit: must be <= 500');
  const start = decodeCursor(req.query.cursor);
  return {
    items: list.slice(start, start + limit),
    next: start + limit < list.length ? encodeCursor(start + limit) : null,
  };
}

function searchItem(store: PipedriveStore, entity: Entity, r: PdRecord): Record<string, unknown> {
  const org = (id: unknown) => {
    const o = id == null ? undefined : store.find('organizations', id as number);
    return o ? { id: o.id, name: o.name, address: o.address ?? null } : null;
  };
  const person = (id: unknown) => {
    const p = id == null ? undefined : store.find('persons', id as number);
    return p ? { id: p.id, name: p.name } : null;
  };
  const values = (list: unknown) => ((list as Array<{ value: string }>) ?? []).map((v) => v.value);
  const type = entity.slice(0, -1);
  const base = {
    id: r.id,
    type,
    visible_to: r.visible_to,
    owner: { id: r.owner_id },
    custom_fields: [],
    notes: [],
  };
  if (entity === 'persons')
    return {
      ...base,
      name: r.name,
      emails: values(r.emails),
      phones: values(r.phones),
      organization: org(r.org_id),
    };
  if (entity === 'organizations') return { ...base, name: r.name, address: r.address ?? null };
  const stage = STAGES.find((s) => s.id === r.stage_id);
  if (entity === 'deals') {
    return {
      ...base,
      title: r.title,
      value: r.value,
      currency: r.currency,
      status: r.status,
      stage: stage ? { id: stage.id, name: stage.name } : null,
      person: person(r.person_id),
      organization: org(r.org_id),
    };
  }
  const value = r.value as { amount: number; currency: string } | null;
  return {
    ...base,
    title: r.title,
    value: value?.amount ?? null,
    currency: value?.currency ?? null,
    is_archived: r.is_archived,
    person: person(r.person_id),
    organization: org(r.organization_id),
    phones: [],
    emails: [],
  };
}

function search(store: PipedriveStore, entity: Entity, v1 = false) {
  return (req: SimRequest): SimResponse => {
    const term = (req.query.term ?? '').trim();
    const exact = req.query.exact_match === 'true';
    if (term.length < (exact ? 1 : 2))
      return pdError(400, 'Validation failed: term: must NOT have fewer than 2 characters');
    const hits = store
      .search(entity, term, req.query.fields?.split(',').filter(Boolean), exact)
      .map((h) => ({ result_score: h.score, item: searchItem(store, entity, h.record) }));
    if (v1) {
      const start = intParam(req.query.start, 0);
      const limit = intParam(req.query.limit, 100);
      const more = start + limit < hits.length;
      return ok(
        { items: hits.slice(start, start + limit) },
        {
          pagination: {
            start,
            limit,
            more_items_in_collection: more,
            ...(more ? { next_start: start + limit } : {}),
          },
        },
      );
    }
    const page = cursorPage(req, hits);
    return 'status' in page ? page : ok({ items: page.items }, { next_cursor: page.next });
  };
}

function v2Entity(store: PipedriveStore, entity: Exclude<Entity, 'leads'>): SimRoute[] {
  const path = `/api/v2/${entity}`;
  return [
    { method: 'GET', path: `${path}/search`, handle: search(store, entity) },
    {
      method: 'POST',
      path,
      handle: (req) => {
        const result = store.create(entity, bodyObject(req) ?? {});
        return result.error ? pdError(result.status, result.error) : ok(result.record);
      },
    },
    {
      method: 'GET',
      path,
      handle: (req) => {
        const page = cursorPage(req, store.all(entity));
        return 'status' in page ? page : ok(page.items, { next_cursor: page.next });
      },
    },
    {
      method: 'GET',
      path: `${path}/:id`,
      handle: (req) => {
        const r = store.find(entity, req.params.id);
        return r ? ok(r) : pdError(404, `${entity.charAt(0).toUpperCase()}${entity.slice(1, -1)} not found`);
      },
    },
    {
      method: 'PATCH',
      path: `${path}/:id`,
      handle: (req) => {
        const result = store.update(entity, req.params.id, bodyObject(req) ?? {});
        return result.error ? pdError(result.status, result.error) : ok(result.record);
      },
    },
  ];
}

function v1Routes(store: PipedriveStore, prefix: string): SimRoute[] {
  return [
    {
      method: 'GET',
      path: `${prefix}/users/me`,
      handle: () =>
        ok({
          id: 1,
          name: 'Simulated Owner',
          email: 'owner@acme.example',
          company_id: 77,
          company_domain: 'acme',
        }),
    },
    {
      method: 'GET',
      path: `${prefix}/stages`,
      handle: () =>
        ok(
          STAGES.map((s) => ({
            ...s,
            active_flag: true,
            pipeline_name: PIPELINES.find((p) => p.id === s.pipeline_id)!.name,
          })),
        ),
    },
    { method: 'GET', path: `${prefix}/leads/search`, handle: search(store, 'leads', true) },
    {
      method: 'POST',
      path: `${prefix}/leads`,
      handle: (req) => {
        const result = store.create('leads', bodyObject(req) ?? {});
        return result.error ? pdError(result.status, result.error) : ok(result.record, null, 201);
      },
    },
    {
      method: 'GET',
      path: `${prefix}/leads`,
      handle: (req) => {
        const start = intParam(req.query.start, 0);
        const limit = Math.min(500, intParam(req.query.limit, 100));
        const all = store.all('leads');
        const more = start + limit < all.length;
        return ok(all.slice(start, start + limit), {
          pagination: {
            start,
            limit,
            more_items_in_collection: more,
            ...(more ? { next_start: start + limit } : {}),
          },
        });
      },
    },
    {
      method: 'GET',
      path: `${prefix}/leads/:id`,
      handle: (req) => {
        const r = store.find('leads', req.params.id);
        return r ? ok(r) : pdError(404, 'Lead not found');
      },
    },
    {
      method: 'PATCH',
      path: `${prefix}/leads/:id`,
      handle: (req) => {
        const result = store.update('leads', req.params.id, bodyObject(req) ?? {});
        return result.error ? pdError(result.status, result.error) : ok(result.record);
      },
    },
  ];
}

export function pipedriveRoutes(store: PipedriveStore): SimRoute[] {
  return [
    ...v2Entity(store, 'persons'),
    ...v2Entity(store, 'organizations'),
    ...v2Entity(store, 'deals'),
    { method: 'GET', path: '/api/v2/leads/search', handle: search(store, 'leads') },
    { method: 'GET', path: '/api/v2/pipelines', handle: () => ok(PIPELINES, { next_cursor: null }) },
    {
      method: 'GET',
      path: '/api/v2/stages',
      handle: (req) => {
        const stages = STAGES.filter(
          (s) => !req.query.pipeline_id || s.pipeline_id === Number(req.query.pipeline_id),
        );
        const page = cursorPage(req, stages);
        return 'status' in page
          ? page
          : ok(
              page.items.map((s) => ({ ...s, is_deleted: false })),
              { next_cursor: page.next },
            );
      },
    },
    ...v1Routes(store, '/v1'),
    ...v1Routes(store, '/api/v1'),
  ];
}
