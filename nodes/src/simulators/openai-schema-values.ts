/**
 * Makes a JSON value that is valid for a JSON Schema, deterministically, for the OpenAI
 * simulator's structured outputs. Values draw on the prompt where that is cheap: a property
 * named like a key of a JSON object in the prompt takes that key's value, `email`-like strings
 * take an address found in the prompt, arrays of field names take keys from the prompt's JSON.
 *
 * @example
 * valuesForSchema({ type: 'object', properties: { score: { type: 'integer', minimum: 0, maximum: 100 } },
 *   required: ['score'], additionalProperties: false }, 'Lead: {"title":"VP Sales"}');
 * // → { score: 57 } (the same prompt always gives the same number)
 */
export type JsonSchema = Record<string, unknown>;

interface Draw {
  seed: string;
  prompt: string;
  promptJson: Record<string, unknown>;
  words: string[];
  root: JsonSchema;
}

/** FNV-1a: a small stable string hash. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Every flat JSON object found in the text, merged (later keys win). */
function jsonObjectsIn(text: string): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const match of text.matchAll(/\{[^{}]*\}/g)) {
    try {
      const value: unknown = JSON.parse(match[0]);
      if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(merged, value);
    } catch {
      // not JSON: ordinary prose with braces
    }
  }
  return merged;
}

function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as JsonSchema | undefined) ?? {};
}

function typeOf(schema: JsonSchema): string | undefined {
  const type = schema.type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') ?? 'null';
  if (typeof type === 'string') return type;
  if (schema.properties) return 'object';
  return undefined;
}

function numberIn(schema: JsonSchema, draw: Draw, path: string, integer: boolean): number {
  const min = Number(schema.minimum ?? (schema.exclusiveMinimum as number | undefined) ?? 0);
  const max = Number(schema.maximum ?? (schema.exclusiveMaximum as number | undefined) ?? Math.max(min, 100));
  const low = typeof schema.exclusiveMinimum === 'number' ? min + (integer ? 1 : 0.01) : min;
  const high = typeof schema.exclusiveMaximum === 'number' ? max - (integer ? 1 : 0.01) : max;
  const fraction = (hashText(`${draw.seed}:${path}`) % 1000) / 999;
  const value = low + fraction * Math.max(0, high - low);
  return integer
    ? Math.min(Math.floor(high), Math.max(Math.ceil(low), Math.round(value)))
    : Math.round(value * 100) / 100;
}

function stringFor(schema: JsonSchema, draw: Draw, name: string, path: string): string {
  const fromPrompt = draw.promptJson[name];
  let text: string;
  if (typeof fromPrompt === 'string' || typeof fromPrompt === 'number') text = String(fromPrompt);
  else if (schema.format === 'email' || /e-?mail/i.test(name)) {
    text = /[\w.+-]+@[\w-]+\.[\w.-]+/.exec(draw.prompt)?.[0] ?? 'ada@example.com';
  } else if (schema.format === 'date') text = '2024-01-15';
  else if (schema.format === 'date-time') text = '2024-01-15T09:30:00Z';
  else if (schema.format === 'uri') text = 'https://example.com/';
  else {
    const start = draw.words.length ? hashText(`${draw.seed}:${path}`) % draw.words.length : 0;
    const picked = draw.words.slice(start, start + 8);
    text = picked.length ? `${name}: ${picked.join(' ')}` : `${name} (simulated)`;
  }
  const minLength = Number(schema.minLength ?? 0);
  const maxLength = schema.maxLength === undefined ? Infinity : Number(schema.maxLength);
  if (text.length < minLength) text = text.padEnd(minLength, '.');
  return text.length > maxLength ? text.slice(0, maxLength) : text;
}

function arrayFor(schema: JsonSchema, draw: Draw, name: string, path: string): unknown[] {
  const items = resolveRef((schema.items as JsonSchema | undefined) ?? {}, draw.root);
  const minItems = Number(schema.minItems ?? 0);
  const maxItems = schema.maxItems === undefined ? Infinity : Number(schema.maxItems);
  const count = Math.min(maxItems, Math.max(minItems, 2));
  const keys = Object.keys(draw.promptJson);
  if (/field/i.test(name) && typeOf(items) === 'string' && !items.enum && keys.length) {
    const want = Math.min(maxItems, Math.max(minItems, Math.min(3, keys.length)));
    return Array.from({ length: want }, (_, i) => keys[i % keys.length]);
  }
  return Array.from({ length: count }, (_, i) => valueFor(items, draw, name, `${path}[${i}]`));
}

function valueFor(input: JsonSchema, draw: Draw, name: string, path: string): unknown {
  const schema = resolveRef(input, draw.root);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) {
    return schema.enum[hashText(`${draw.seed}:${path}`) % schema.enum.length];
  }
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches) && branches.length) {
    const branch = branches.find((b) => resolveRef(b, draw.root).type !== 'null') ?? branches[0];
    return valueFor(branch, draw, name, path);
  }
  switch (typeOf(schema)) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      for (const [key, sub] of Object.entries(properties))
        out[key] = valueFor(sub, draw, key, `${path}.${key}`);
      return out;
    }
    case 'array':
      return arrayFor(schema, draw, name, path);
    case 'integer':
      return numberIn(schema, draw, path, true);
    case 'number':
      return numberIn(schema, draw, path, false);
    case 'boolean':
      return hashText(`${draw.seed}:${path}`) % 2 === 0;
    case 'null':
      return null;
    default:
      return stringFor(schema, draw, name, path);
  }
}

/** A value valid for `schema`, the same for the same schema and prompt. */
export function valuesForSchema(schema: JsonSchema, prompt: string): unknown {
  const draw: Draw = {
    seed: String(hashText(prompt)),
    prompt,
    promptJson: jsonObjectsIn(prompt),
    words: prompt.split(/\s+/).filter((w) => /^[\p{L}\p{N}'’-]+[.,]?$/u.test(w)),
    root: schema,
  };
  return valueFor(schema, draw, 'value', '$');
}
