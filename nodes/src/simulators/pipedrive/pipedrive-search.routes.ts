import type { SimRequest, SimResponse } from '../kit';
import { intParam } from '../shared';
import { cursorPage, ok, pdError } from './pipedrive-envelope';
import { STAGES, type Entity, type PdRecord, type PipedriveStore } from './pipedrive-store';

/**
 * Pipedrive item search (vendor-contracts §12): `GET /api/v2/{entity}/search` with cursor paging
 * and `GET /v1/leads/search` with `start`/`limit`, answering `{ items: [{ result_score, item }] }`
 * where each item has the short shape Pipedrive's search returns.
 *
 * @example
 * { method: 'GET', path: '/api/v2/persons/search', handle: search(store, 'persons') }
 */
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

export function search(store: PipedriveStore, entity: Entity, v1 = false) {
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
