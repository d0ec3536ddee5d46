import { SCHEMA, type SimObject } from './salesforce-schema';

/**
 * In-memory sObject records with Salesforce's field checks: unknown or read-only fields
 * (`INVALID_FIELD`), missing required fields, bad emails, too-long strings and duplicate external
 * ids, each reported as Salesforce's `{ message, errorCode, fields }` (vendor-contracts §11.4).
 *
 * @example
 * const store = new SalesforceStore();
 * const result = store.create('Lead', { LastName: 'Lovelace', Company: 'Northwind' }); // { id: '00Q…' }
 */
export interface SalesforceError {
  message: string;
  errorCode: string;
  fields?: string[];
}

export type SfRecord = Record<string, unknown> & { Id: string };

export type WriteResult = { id: string; errors?: undefined } | { id?: undefined; errors: SalesforceError[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class SalesforceStore {
  private records = new Map<string, SfRecord[]>();
  private counter = 0;

  objectOf(name: string): SimObject | undefined {
    return SCHEMA[name];
  }

  all(object: string): SfRecord[] {
    return this.records.get(object) ?? [];
  }

  find(object: string, id: string): SfRecord | undefined {
    // 15- and 18-character ids name the same record.
    return this.all(object).find((r) => r.Id === id || r.Id.slice(0, 15) === id);
  }

  findBy(object: string, field: string, value: string): SfRecord[] {
    return this.all(object).filter((r) => String(r[field] ?? '').toLowerCase() === value.toLowerCase());
  }

  snapshot(): () => void {
    const saved = new Map([...this.records].map(([k, list]) => [k, list.map((r) => ({ ...r }))]));
    const counter = this.counter;
    return () => {
      this.records = saved;
      this.counter = counter;
    };
  }

  check(
    object: SimObject,
    fields: Record<string, unknown>,
    creating: boolean,
    selfId?: string,
  ): SalesforceError[] {
    const errors: SalesforceError[] = [];
    for (const [name, value] of Object.entries(fields)) {
      if (name === 'attributes') continue;
      const field = object.fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
      if (!field) {
        errors.push({
          message: `No such column '${name}' on sobject of type ${object.name}`,
          errorCode: 'INVALID_FIELD',
          fields: [],
        });
        continue;
      }
      if (field.system) {
        errors.push({
          message: `Unable to create/update fields: ${field.name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
          errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
          fields: [field.name],
        });
        continue;
      }
      if (value === null || value === undefined || value === '') continue;
      if (field.type === 'email' && !EMAIL.test(String(value))) {
        errors.push({
          message: `${field.label}: invalid email address: ${String(value)}`,
          errorCode: 'INVALID_EMAIL_ADDRESS',
          fields: [field.name],
        });
      }
      if (field.length && typeof value === 'string' && value.length > field.length) {
        errors.push({
          message: `${field.label}: data value too large: ${value.slice(0, 40)}… (max length=${field.length})`,
          errorCode: 'STRING_TOO_LONG',
          fields: [field.name],
        });
      }
      if (field.externalId) {
        const clash = this.findBy(object.name, field.name, String(value)).find((r) => r.Id !== selfId);
        if (clash) {
          errors.push({
            message: `duplicate value found: ${field.name} duplicates value on record with id: ${clash.Id}`,
            errorCode: 'DUPLICATE_VALUE',
            fields: [],
          });
        }
      }
    }
    const missing = object.fields
      .filter((f) => f.required)
      .filter((f) => {
        const key = Object.keys(fields).find((k) => k.toLowerCase() === f.name.toLowerCase());
        return creating
          ? key === undefined || fields[key] === null || fields[key] === ''
          : key !== undefined && (fields[key] === null || fields[key] === '');
      })
      .map((f) => f.name);
    if (missing.length) {
      errors.push({
        message: `Required fields are missing: [${missing.join(', ')}]`,
        errorCode: 'REQUIRED_FIELD_MISSING',
        fields: missing,
      });
    }
    return errors;
  }

  private canonical(object: SimObject, fields: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fields)) {
      const field = object.fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
      if (field) out[field.name] = value === '' ? null : value;
    }
    return out;
  }

  create(objectName: string, fields: Record<string, unknown>): WriteResult {
    const object = this.objectOf(objectName)!;
    const errors = this.check(object, fields, true);
    if (errors.length) return { errors };
    this.counter += 1;
    const id = `${object.keyPrefix}SIM${String(this.counter).padStart(9, '0')}AAA`;
    const now = new Date().toISOString().replace('Z', '+0000');
    const defaults = Object.fromEntries(
      object.fields.filter((f) => !f.system).map((f) => [f.name, f.defaultValue ?? null]),
    );
    const record: SfRecord = {
      ...defaults,
      ...this.canonical(object, fields),
      Id: id,
      CreatedDate: now,
      LastModifiedDate: now,
      IsDeleted: false,
    };
    this.records.set(object.name, [...this.all(object.name), record]);
    return { id };
  }

  update(objectName: string, id: string, fields: Record<string, unknown>): SalesforceError[] {
    const object = this.objectOf(objectName)!;
    const record = this.find(objectName, id);
    if (!record) return [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }];
    const errors = this.check(object, fields, false, record.Id);
    if (errors.length) return errors;
    Object.assign(record, this.canonical(object, fields), {
      LastModifiedDate: new Date().toISOString().replace('Z', '+0000'),
    });
    return [];
  }

  remove(objectName: string, id: string): boolean {
    const record = this.find(objectName, id);
    if (!record) return false;
    this.records.set(
      objectName,
      this.all(objectName).filter((r) => r !== record),
    );
    return true;
  }
}
