import { randomUUID } from 'node:crypto';

/**
 * In-memory Pipedrive data for the simulator: persons, organizations, deals (integer ids,
 * v2 shapes), leads (UUIDs, v1 shape), pipelines and stages, with the checks Pipedrive makes
 * (required fields, unknown properties, links to records that exist), vendor-contracts §12.
 *
 * @example
 * const store = new PipedriveStore();
 * store.create('persons', { name: 'Ada' }); // { record: { id: 1, name: 'Ada', ... } }
 */
export type Entity = 'persons' | 'organizations' | 'deals' | 'leads';
export type PdRecord = Record<string, unknown> & { id: number | string };
export type StoreResult =
  { record: PdRecord; error?: undefined } | { error: string; status: number; record?: undefined };

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

const ALLOWED: Record<Entity, string[]> = {
  persons: [
    'name',
    'first_name',
    'last_name',
    'owner_id',
    'org_id',
    'emails',
    'phones',
    'visible_to',
    'label_ids',
    'marketing_status',
    'custom_fields',
    'add_time',
  ],
  organizations: ['name', 'owner_id', 'address', 'visible_to', 'label_ids', 'custom_fields', 'add_time'],
  deals: [
    'title',
    'value',
    'currency',
    'person_id',
    'org_id',
    'pipeline_id',
    'stage_id',
    'owner_id',
    'status',
    'expected_close_date',
    'probability',
    'visible_to',
    'label_ids',
    'custom_fields',
    'lost_reason',
    'add_time',
  ],
  leads: [
    'title',
    'owner_id',
    'person_id',
    'organization_id',
    'label_ids',
    'value',
    'expected_close_date',
    'visible_to',
    'was_seen',
    'origin_id',
    'channel',
    'channel_id',
  ],
};
const REQUIRED: Record<Entity, string> = {
  persons: 'name',
  organizations: 'name',
  deals: 'title',
  leads: 'title',
};

export const PIPELINES = [
  { id: 1, name: 'Sales pipeline' },
  { id: 2, name: 'Partnerships' },
];
export const STAGES = [
  { id: 1, pipeline_id: 1, name: 'Qualified', order_nr: 1, deal_probability: 10 },
  { id: 2, pipeline_id: 1, name: 'Contact made', order_nr: 2, deal_probability: 25 },
  { id: 3, pipeline_id: 1, name: 'Proposal made', order_nr: 3, deal_probability: 60 },
  { id: 4, pipeline_id: 2, name: 'Intro', order_nr: 1, deal_probability: 20 },
  { id: 5, pipeline_id: 2, name: 'Signed', order_nr: 2, deal_probability: 100 },
];

export class PipedriveStore {
  private readonly data: Record<Entity, PdRecord[]> = {
    persons: [],
    organizations: [],
    deals: [],
    leads: [],
  };
  private nextId = 1;

  all(entity: Entity): PdRecord[] {
    return this.data[entity];
  }

  find(entity: Entity, id: string | number): PdRecord | undefined {
    return this.data[entity].find((r) => String(r.id) === String(id));
  }

  private check(entity: Entity, body: Record<string, unknown>, creating: boolean): string | undefined {
    const unknown = Object.keys(body).find((k) => !ALLOWED[entity].includes(k));
    if (unknown) return `Validation failed: body: must NOT have additional properties '${unknown}'`;
    const required = REQUIRED[entity];
    if (
      (creating || required in body) &&
      (typeof body[required] !== 'string' || !String(body[required]).trim())
    ) {
      return `Validation failed: ${required}: Required`;
    }
    const links: Array<[string, Entity, string]> = [
      ['org_id', 'organizations', 'Organization'],
      ['organization_id', 'organizations', 'Organization'],
      ['person_id', 'persons', 'Person'],
    ];
    for (const [field, target, label] of links) {
      if (body[field] !== undefined && body[field] !== null && !this.find(target, body[field] as number))
        return `${label} not found`;
    }
    if (body.stage_id !== undefined && !STAGES.some((s) => s.id === Number(body.stage_id)))
      return `Validation failed: stage_id: Stage not found`;
    if (body.status !== undefined && !['open', 'won', 'lost'].includes(String(body.status))) {
      return `Validation failed: status: must be equal to one of the allowed values: open, won, lost`;
    }
    if (body.value !== undefined && entity === 'deals' && typeof body.value !== 'number')
      return 'Validation failed: value: must be number';
    for (const list of ['emails', 'phones']) {
      const v = body[list];
      if (
        v !== undefined &&
        (!Array.isArray(v) || v.some((e) => typeof (e as { value?: unknown })?.value !== 'string'))
      ) {
        return `Validation failed: ${list}: must be an array of { value, primary, label }`;
      }
    }
    if (entity === 'leads') {
      if (creating && body.person_id == null && body.organization_id == null) {
        return 'A lead must always be linked to a person or an organization or both.';
      }
      const value = body.value as { amount?: unknown; currency?: unknown } | null | undefined;
      if (value != null && (typeof value.amount !== 'number' || typeof value.currency !== 'string')) {
        return 'The value must be an object with amount (number) and currency (string).';
      }
    }
    return undefined;
  }

  create(entity: Entity, body: Record<string, unknown>): StoreResult {
    const error = this.check(entity, body, true);
    if (error) return { error, status: 400 };
    const at = now();
    const id = entity === 'leads' ? randomUUID() : this.nextId++;
    const defaults: Record<Entity, Record<string, unknown>> = {
      persons: {
        emails: [],
        phones: [],
        org_id: null,
        owner_id: 1,
        visible_to: 3,
        label_ids: [],
        custom_fields: {},
      },
      organizations: { address: null, owner_id: 1, visible_to: 3, label_ids: [], custom_fields: {} },
      deals: {
        value: 0,
        currency: 'USD',
        person_id: null,
        org_id: null,
        pipeline_id: 1,
        stage_id: 1,
        owner_id: 1,
        status: 'open',
        probability: null,
        expected_close_date: null,
        visible_to: 3,
        label_ids: [],
        custom_fields: {},
      },
      leads: {
        owner_id: 1,
        person_id: null,
        organization_id: null,
        value: null,
        expected_close_date: null,
        label_ids: [],
        is_archived: false,
        was_seen: false,
        source_name: 'API',
        visible_to: '3',
      },
    };
    const record: PdRecord = { id, ...defaults[entity], ...body, add_time: at, update_time: at };
    if (entity === 'deals' && body.stage_id !== undefined)
      record.pipeline_id = STAGES.find((s) => s.id === Number(body.stage_id))!.pipeline_id;
    this.data[entity].push(record);
    return { record };
  }

  update(entity: Entity, id: string | number, body: Record<string, unknown>): StoreResult {
    const record = this.find(entity, id);
    const names: Record<Entity, string> = {
      persons: 'Person',
      organizations: 'Organization',
      deals: 'Deal',
      leads: 'Lead',
    };
    if (!record) return { error: `${names[entity]} not found`, status: 404 };
    const error = this.check(entity, body, false);
    if (error) return { error, status: 400 };
    Object.assign(record, body, { update_time: now() });
    return { record };
  }

  /** Search like Pipedrive's item search: the term matched in names, titles, emails and phones. */
  search(
    entity: Entity,
    term: string,
    fields: string[] | undefined,
    exact: boolean,
  ): Array<{ record: PdRecord; score: number }> {
    const t = term.toLowerCase();
    const values = (r: PdRecord): Record<string, string[]> => ({
      name: [String(r.name ?? r.title ?? '')],
      email: ((r.emails as Array<{ value: string }>) ?? []).map((e) => e.value),
      phone: ((r.phones as Array<{ value: string }>) ?? []).map((p) => p.value),
    });
    return this.data[entity]
      .map((record) => {
        const all = values(record);
        const pool = (fields?.length ? fields : Object.keys(all)).flatMap(
          (f) => all[f === 'title' ? 'name' : f] ?? [],
        );
        const hit = pool.find((v) => (exact ? v.toLowerCase() === t : v.toLowerCase().includes(t)));
        return hit === undefined ? undefined : { record, score: hit.toLowerCase() === t ? 1 : 0.5 };
      })
      .filter((x): x is { record: PdRecord; score: number } => x !== undefined)
      .sort((a, b) => b.score - a.score);
  }
}
