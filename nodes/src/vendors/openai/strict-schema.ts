/**
 * JSON Schemas for OpenAI's strict structured outputs (vendor-contracts.md section 13.3): every
 * object closed with `additionalProperties: false` and every property listed in `required`. A
 * property that was optional becomes nullable instead, which is how strict mode says "may be
 * absent". Also builds a schema from the simple field list of the extraction node's form.
 *
 * @example
 * toStrictSchema({ type: 'object', properties: { name: { type: 'string' } } });
 * // → { type: 'object', properties: { name: { type: ['string', 'null'] } }, required: ['name'], additionalProperties: false }
 */
export type JsonSchema = Record<string, unknown>;

function nullable(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.type))
    return schema.type.includes('null') ? schema : { ...schema, type: [...schema.type, 'null'] };
  if (typeof schema.type === 'string') {
    if (schema.type === 'null') return schema;
    const out: JsonSchema = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) out.enum = [...schema.enum, null];
    return out;
  }
  return { anyOf: [schema, { type: 'null' }] };
}

export function toStrictSchema(input: JsonSchema): JsonSchema {
  const schema: JsonSchema = { ...input };
  const isObject =
    schema.type === 'object' ||
    (Array.isArray(schema.type) && schema.type.includes('object')) ||
    !!schema.properties;
  if (isObject) {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    schema.properties = Object.fromEntries(
      Object.entries(properties).map(([key, sub]) => {
        const strict = toStrictSchema(sub);
        return [key, required.has(key) ? strict : nullable(strict)];
      }),
    );
    schema.required = Object.keys(properties);
    schema.additionalProperties = false;
  }
  if (schema.items && typeof schema.items === 'object')
    schema.items = toStrictSchema(schema.items as JsonSchema);
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(schema[key])) schema[key] = (schema[key] as JsonSchema[]).map(toStrictSchema);
  }
  if (schema.$defs && typeof schema.$defs === 'object') {
    schema.$defs = Object.fromEntries(
      Object.entries(schema.$defs as Record<string, JsonSchema>).map(([k, v]) => [k, toStrictSchema(v)]),
    );
  }
  return schema;
}

/** One row of the extraction node's schema form. */
export interface SchemaField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'string[]';
  description?: string;
  required?: boolean;
}

/** Builds an object schema from form rows; the names must be unique and non-empty. */
export function schemaFromFields(fields: SchemaField[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [i, field] of fields.entries()) {
    const name = field.name?.trim();
    if (!name) throw new Error(`schema field ${i + 1} has no name`);
    if (properties[name]) throw new Error(`schema field "${name}" is listed twice`);
    const base: JsonSchema =
      field.type === 'string[]'
        ? { type: 'array', items: { type: 'string' } }
        : { type: field.type ?? 'string' };
    properties[name] = field.description ? { ...base, description: field.description } : base;
    if (field.required !== false) required.push(name);
  }
  return { type: 'object', properties, required, additionalProperties: false };
}
