import type { SimRoute } from '../kit';
import { bodyObject, intParam } from '../shared';
import { PIPELINES, STAGES, type Entity, type PipedriveStore } from './pipedrive-store';
import { search } from './pipedrive-search.routes';
import { cursorPage, ok, pdError } from './pipedrive-envelope';

/**
 * Pipedrive routes (vendor-contracts §12): v2 persons, organizations and deals (create, read,
 * PATCH, cursor-paged list and search), v2 pipelines and stages, lead search (v2 and v1), v1
 * leads (201 create, PATCH, `start`/`limit` list) and `users/me`. v1 routes answer under both
 * `/v1` and `/api/v1`.
 *
 * @example
 * createSimulator('pipedrive', pipedriveRoutes(store).map(guard));
 */
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
