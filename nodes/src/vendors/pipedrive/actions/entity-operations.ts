import { NodeError, Prop, type ItemContext, type RunContext } from '@ainow/engine/sdk';
import { pipedriveRequest } from '../client';
import { dealBody, leadBody, organizationBody, personBody } from './entity-props';

/**
 * What the Pipedrive nodes do: create (`POST`), update (`PATCH`) and search (cursor-paged
 * `GET …/search`) persons, organizations and deals through API v2, and leads through v1 (v2
 * for lead search), plus the stage picker.
 *
 * @example
 * runItem: (ctx) => createEntity(ctx, ENTITIES.person)
 */
type Ctx = ItemContext<Record<string, unknown>>;

export interface EntitySpec {
  label: string;
  path: string;
  searchPath: string;
  body(props: Record<string, unknown>): Record<string, unknown>;
}

export const ENTITIES = {
  person: {
    label: 'person',
    path: '/api/v2/persons',
    searchPath: '/api/v2/persons/search',
    body: personBody,
  },
  organization: {
    label: 'organization',
    path: '/api/v2/organizations',
    searchPath: '/api/v2/organizations/search',
    body: organizationBody,
  },
  deal: { label: 'deal', path: '/api/v2/deals', searchPath: '/api/v2/deals/search', body: dealBody },
  lead: { label: 'lead', path: '/v1/leads', searchPath: '/api/v2/leads/search', body: leadBody },
} satisfies Record<string, EntitySpec>;

export const pipedriveNodeBase = {
  category: 'CRM' as const,
  icon: 'pipedrive',
  credential: { type: 'pipedrive', required: true },
  // Burst limit per API token per 2-second window; 20 is the smallest plan's (Essential).
  rateLimit: { requests: 20, perMs: 2000 },
};

export async function createEntity(ctx: Ctx, spec: EntitySpec) {
  const res = await pipedriveRequest<Record<string, unknown>>(
    ctx.http,
    { method: 'POST', url: spec.path, body: spec.body(ctx.props) },
    `create the ${spec.label}`,
  );
  return { json: res.data };
}

export async function updateEntity(ctx: Ctx, spec: EntitySpec) {
  const id = String(ctx.props.id ?? '').trim();
  if (!id)
    throw new NodeError(`Pipedrive › ID: give the ${spec.label} to update.`, { code: 'invalid_props' });
  const body = spec.body(ctx.props);
  if (Object.keys(body).length === 0)
    throw new NodeError(`Pipedrive › nothing to update on ${spec.label} ${id}.`, { code: 'invalid_props' });
  const res = await pipedriveRequest<Record<string, unknown>>(
    ctx.http,
    { method: 'PATCH', url: `${spec.path}/${encodeURIComponent(id)}`, body },
    `update ${spec.label} ${id}`,
  );
  return { json: res.data };
}

export const searchProps = (fields: ReadonlyArray<{ value: string; label: string }>) => ({
  term: Prop.text({
    label: 'Search for',
    required: true,
    placeholder: '{{ $json.email }}',
    help: 'At least 2 characters (1 with exact match).',
  }),
  fields: Prop.options({ label: 'In field', options: fields, help: 'Leave empty to search every field.' }),
  exactMatch: Prop.boolean({ label: 'Exact match only', default: false }),
  maxResults: Prop.number({ label: 'Maximum results', default: 100, min: 1 }),
});

export async function searchEntity(ctx: Ctx, spec: EntitySpec) {
  const term = String(ctx.props.term ?? '').trim();
  const exact = ctx.props.exactMatch === true;
  if (term.length < (exact ? 1 : 2)) {
    throw new NodeError(
      `Pipedrive › Search for: "${term}" is too short (at least ${exact ? 1 : 2} characters).`,
      { code: 'invalid_props' },
    );
  }
  const max = Math.max(1, Math.floor(Number(ctx.props.maxResults ?? 100)));
  const items: Array<Record<string, unknown>> = [];
  let cursor: string | undefined;
  do {
    const query = {
      term,
      fields: (ctx.props.fields as string) || undefined,
      exact_match: exact || undefined,
      limit: Math.min(500, max),
      cursor,
    };
    const res = await pipedriveRequest<{
      items: Array<{ result_score: number; item: Record<string, unknown> }>;
    }>(ctx.http, { url: spec.searchPath, query }, `search ${spec.label}s for "${term}"`);
    for (const hit of res.data.items) items.push({ ...hit.item, result_score: hit.result_score });
    cursor = res.additional_data?.next_cursor ?? undefined;
  } while (cursor && items.length < max);
  return items.slice(0, max).map((json) => ({ json }));
}

/** Stage picker: every stage of every pipeline, labelled "Pipeline › Stage". */
export async function loadStages(ctx: RunContext<Record<string, unknown>>) {
  const pipelines = await pipedriveRequest<Array<{ id: number; name: string }>>(
    ctx.http,
    { url: '/api/v2/pipelines', query: { limit: 500 } },
    'list pipelines',
  );
  const names = new Map(pipelines.data.map((p) => [p.id, p.name]));
  const options: Array<{ value: string; label: string }> = [];
  let cursor: string | undefined;
  do {
    const res = await pipedriveRequest<Array<{ id: number; name: string; pipeline_id: number }>>(
      ctx.http,
      { url: '/api/v2/stages', query: { limit: 500, cursor } },
      'list stages',
    );
    for (const s of res.data)
      options.push({
        value: String(s.id),
        label: `${names.get(s.pipeline_id) ?? `Pipeline ${s.pipeline_id}`} › ${s.name}`,
      });
    cursor = res.additional_data?.next_cursor ?? undefined;
  } while (cursor);
  return options;
}
