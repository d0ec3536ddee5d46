import { NodeError, type ItemContext, type RunContext } from '@ainow/engine/sdk';
import { dataPath, salesforceRequest, type SalesforceCtx } from '../client';
import { recordFields } from './record-props';

/**
 * What the Lead and Contact nodes do (vendor-contracts §11.2): create (`POST /sobjects/{type}`),
 * update (`PATCH /sobjects/{type}/{id}`), upsert by external id (`PATCH
 * /sobjects/{type}/{field}/{value}`), and the describe-based field pickers.
 *
 * @example
 * runItem: (ctx) => createRecord(ctx, 'Lead')
 */
export type SObject = 'Lead' | 'Contact';
type Ctx = ItemContext<Record<string, unknown>>;

interface DescribeField {
  name: string;
  label: string;
  createable: boolean;
  updateable: boolean;
  externalId: boolean;
}

export const salesforceNodeBase = {
  category: 'CRM' as const,
  icon: 'salesforce',
  credential: { type: 'salesforce', required: true },
  // Salesforce limits API calls per day per org and long-running calls to 25 at once; stay gentle.
  rateLimit: { requests: 25, perMs: 1000 },
};

export async function createRecord(ctx: Ctx, object: SObject) {
  const fields = recordFields(ctx.props);
  const res = await salesforceRequest<{ id: string }>(
    ctx,
    { method: 'POST', url: dataPath(ctx, `/sobjects/${object}`), body: fields },
    `create the ${object}`,
  );
  return { json: { id: res.body.id, object, created: true, ...fields } };
}

export async function updateRecord(ctx: Ctx, object: SObject) {
  const id = String(ctx.props.recordId ?? '').trim();
  if (!id)
    throw new NodeError(`Salesforce › Record ID: give the ${object} id to update.`, {
      code: 'invalid_props',
    });
  const fields = recordFields(ctx.props);
  if (Object.keys(fields).length === 0)
    throw new NodeError(`Salesforce › no field to update on ${object} ${id}.`, { code: 'invalid_props' });
  await salesforceRequest(
    ctx,
    { method: 'PATCH', url: dataPath(ctx, `/sobjects/${object}/${encodeURIComponent(id)}`), body: fields },
    `update ${object} ${id}`,
  );
  return { json: { id, object, updated: true, ...fields } };
}

export async function upsertRecord(ctx: Ctx, object: SObject) {
  const field = String(ctx.props.externalIdField ?? '').trim();
  const value = String(ctx.props.externalIdValue ?? '').trim();
  if (!field || !value) {
    throw new NodeError('Salesforce › External ID field and value are both required to upsert.', {
      code: 'invalid_props',
    });
  }
  // Salesforce takes the external id from the URL; the body must not carry another value.
  const fields = Object.fromEntries(
    Object.entries(recordFields(ctx.props)).filter(([k]) => k.toLowerCase() !== field.toLowerCase()),
  );
  const res = await salesforceRequest<{ id?: string; created?: boolean } | undefined>(
    ctx,
    {
      method: 'PATCH',
      url: dataPath(ctx, `/sobjects/${object}/${encodeURIComponent(field)}/${encodeURIComponent(value)}`),
      body: fields,
    },
    `upsert the ${object} with ${field} = ${value}`,
  );
  const body = res.status === 204 ? undefined : res.body;
  return {
    json: {
      id: body?.id ?? null,
      object,
      created: body?.created ?? res.status === 201,
      [field]: value,
      ...fields,
    },
  };
}

async function describe(ctx: SalesforceCtx, object: SObject): Promise<DescribeField[]> {
  const res = await salesforceRequest<{ fields: DescribeField[] }>(
    ctx,
    { url: dataPath(ctx, `/sobjects/${object}/describe`) },
    `describe ${object}`,
  );
  return res.body.fields;
}

const option = (f: DescribeField) => ({ value: f.name, label: `${f.label} (${f.name})` });

/** `fields` (writable fields) and `externalIdFields` loaders for one object. */
export function fieldLoaders(object: SObject, mode: 'create' | 'update') {
  return {
    fields: async (ctx: RunContext<Record<string, unknown>>) =>
      (await describe(ctx, object))
        .filter((f) => (mode === 'create' ? f.createable : f.updateable))
        .map(option),
    externalIdFields: async (ctx: RunContext<Record<string, unknown>>) =>
      (await describe(ctx, object)).filter((f) => f.externalId || f.name === 'Id').map(option),
  };
}
