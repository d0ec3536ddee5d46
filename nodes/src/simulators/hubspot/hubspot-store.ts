import { DEAL_PIPELINES, DEFAULT_PROPERTIES, OBJECT_PROPERTIES } from './hubspot-schema';
import type { PropertyProblem } from './hubspot-errors';

/**
 * The HubSpot simulator's in-memory CRM: records per object type (all property values kept as
 * strings, like HubSpot), unique emails, and associations stored in both directions.
 */
export type ObjectType = 'contacts' | 'deals' | 'notes';

export interface CrmRecord {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
}

export interface Association {
  fromType: ObjectType;
  fromId: string;
  toType: ObjectType;
  toId: string;
  typeId: number;
  category: string;
}

/** HUBSPOT_DEFINED association types the simulator knows: id → [from, to, inverse id]. */
export const ASSOCIATION_TYPES: Record<number, [ObjectType, ObjectType, number]> = {
  3: ['deals', 'contacts', 4],
  4: ['contacts', 'deals', 3],
  202: ['notes', 'contacts', 201],
  201: ['contacts', 'notes', 202],
  214: ['notes', 'deals', 213],
  213: ['deals', 'notes', 214],
};

const OBJECT_TYPE_IDS: Record<string, ObjectType> = {
  contacts: 'contacts',
  contact: 'contacts',
  '0-1': 'contacts',
  deals: 'deals',
  deal: 'deals',
  '0-3': 'deals',
  notes: 'notes',
  note: 'notes',
  '0-46': 'notes',
};
export const objectTypeOf = (name: string): ObjectType | undefined => OBJECT_TYPE_IDS[name.toLowerCase()];
export const OBJECT_TYPE_ID: Record<ObjectType, string> = { contacts: '0-1', deals: '0-3', notes: '0-46' };

const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

export class CrmStore {
  readonly records: Record<ObjectType, Map<string, CrmRecord>> = {
    contacts: new Map(),
    deals: new Map(),
    notes: new Map(),
  };
  readonly associations: Association[] = [];
  private nextId: Record<ObjectType, number> = { contacts: 101, deals: 5001, notes: 90001 };

  /** Checks property values for a write; returns every problem. */
  check(type: ObjectType, properties: Record<string, unknown>): PropertyProblem[] {
    const defs = OBJECT_PROPERTIES[type];
    const problems: PropertyProblem[] = [];
    for (const [name, value] of Object.entries(properties)) {
      const def = defs.find((d) => d.name === name);
      const text = value === null || value === undefined ? '' : String(value);
      if (!def)
        problems.push({ name, error: 'PROPERTY_DOESNT_EXIST', message: `Property "${name}" does not exist` });
      else if (def.readOnly)
        problems.push({
          name,
          error: 'READ_ONLY_VALUE',
          message: `"${name}" is a read only property; its value cannot be set.`,
        });
      else if (name === 'email' && text && !EMAIL.test(text))
        problems.push({ name, error: 'INVALID_EMAIL', message: `Email address ${text} is invalid` });
      else if (def.type === 'number' && text && !Number.isFinite(Number(text)))
        problems.push({ name, error: 'INVALID_DECIMAL', message: `${text} was not a valid number.` });
      else if (def.options && text && !def.options.includes(text))
        problems.push({
          name,
          error: 'INVALID_OPTION',
          message: `${text} was not one of the allowed options: [${def.options.join(', ')}]`,
        });
    }
    if (type === 'deals') problems.push(...this.checkStage(properties));
    return problems;
  }

  private checkStage(properties: Record<string, unknown>): PropertyProblem[] {
    if (properties.dealstage === undefined) return [];
    const pipeline = DEAL_PIPELINES.find((p) => p.id === String(properties.pipeline ?? 'default'));
    if (!pipeline)
      return [
        {
          name: 'pipeline',
          error: 'INVALID_OPTION',
          message: `${String(properties.pipeline)} is not a valid pipeline`,
        },
      ];
    if (pipeline.stages.some((s) => s.id === String(properties.dealstage))) return [];
    return [
      {
        name: 'dealstage',
        error: 'INVALID_OPTION',
        message: `${String(properties.dealstage)} is not a valid stage of pipeline ${pipeline.id}`,
      },
    ];
  }

  findByEmail(email: string): CrmRecord | undefined {
    const wanted = email.toLowerCase();
    return [...this.records.contacts.values()].find((r) => r.properties.email?.toLowerCase() === wanted);
  }

  find(type: ObjectType, id: string, idProperty?: string): CrmRecord | undefined {
    if (idProperty === 'email' && type === 'contacts') return this.findByEmail(id);
    if (idProperty && idProperty !== 'hs_object_id')
      return [...this.records[type].values()].find((r) => r.properties[idProperty] === id);
    return this.records[type].get(id);
  }

  create(type: ObjectType, properties: Record<string, unknown>): CrmRecord {
    const now = new Date().toISOString();
    const id = String(this.nextId[type]++);
    const record: CrmRecord = { id, properties: {}, createdAt: now, updatedAt: now };
    if (type === 'deals' && properties.dealstage !== undefined) record.properties.pipeline = 'default';
    this.assign(record, properties);
    record.properties.createdate = now;
    record.properties.hs_object_id = id;
    record.properties.lastmodifieddate = now;
    this.records[type].set(id, record);
    return record;
  }

  update(record: CrmRecord, properties: Record<string, unknown>): CrmRecord {
    this.assign(record, properties);
    record.updatedAt = new Date().toISOString();
    record.properties.lastmodifieddate = record.updatedAt;
    return record;
  }

  private assign(record: CrmRecord, properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      record.properties[name] =
        value === null || value === ''
          ? null
          : name === 'email'
            ? String(value).toLowerCase()
            : String(value);
    }
  }

  associate(
    fromType: ObjectType,
    fromId: string,
    toType: ObjectType,
    toId: string,
    typeId: number,
    category = 'HUBSPOT_DEFINED',
  ): void {
    const inverse = ASSOCIATION_TYPES[typeId]?.[2] ?? typeId;
    const add = (a: Association) => {
      const exists = this.associations.some(
        (b) =>
          b.fromType === a.fromType &&
          b.fromId === a.fromId &&
          b.toType === a.toType &&
          b.toId === a.toId &&
          b.typeId === a.typeId,
      );
      if (!exists) this.associations.push(a);
    };
    add({ fromType, fromId, toType, toId, typeId, category });
    add({ fromType: toType, fromId: toId, toType: fromType, toId: fromId, typeId: inverse, category });
  }

  associationsOf(fromType: ObjectType, fromId: string, toType: ObjectType): Association[] {
    return this.associations.filter(
      (a) => a.fromType === fromType && a.fromId === fromId && a.toType === toType,
    );
  }

  /** The record as HubSpot's `SimplePublicObject`, with the named (or default) properties. */
  view(type: ObjectType, record: CrmRecord, names?: string[]): Record<string, unknown> {
    const wanted = new Set([
      ...(names?.length ? names : DEFAULT_PROPERTIES[type]),
      'createdate',
      'hs_object_id',
      'lastmodifieddate',
    ]);
    const properties = Object.fromEntries([...wanted].sort().map((n) => [n, record.properties[n] ?? null]));
    return {
      id: record.id,
      properties,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      archived: false,
    };
  }
}
