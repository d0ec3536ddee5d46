import type { CredentialType } from './credential-type';
import type {
  CredentialDescription,
  Effect,
  EffectRule,
  NodeCatalog,
  NodeDescription,
  PropDescription,
} from '../workflow/node-catalog.types';
import { effectOf, inputPortsOf, outputPortsOf, type AnyNodeDefinition } from './node-definition';
import type { NodeRegistry } from './node-registry';
import type { PropDef, PropMap } from './props';

// The catalog's JSON types live with the workflow format, so that the browser can import them.
export type {
  CredentialDescription,
  EffectRule,
  NodeCatalog,
  NodeDescription,
  PropDescription,
} from '../workflow/node-catalog.types';

/**
 * The JSON catalog entry of a node type: identity, props without functions, credential, effect,
 * ports and output sample. Port and effect functions are evaluated for the default props and
 * flagged (`dynamicOutputs`, `effect: 'dynamic'` with an `effectRule`).
 *
 * @example
 * describeNode(httpRequest);
 * // { type: 'core.httpRequest', effect: 'dynamic',
 * //   effectRule: { default: 'read', when: [{ prop: 'method', value: 'POST', effect: 'write' }, ...] }, ... }
 */
export function describeNode(def: AnyNodeDefinition): NodeDescription {
  const defaults = defaultsOf(def.props);
  const inputs = ports(() => inputPortsOf(def, defaults), def.trigger ? [] : ['main']);
  const outputs = ports(() => outputPortsOf(def, defaults), ['main']);
  const description: NodeDescription = {
    type: def.type,
    version: def.version,
    displayName: def.displayName,
    description: def.description,
    category: def.category,
    ...optional('icon', def.icon),
    ...optional('docsUrl', def.docsUrl),
    ...optional('trigger', def.trigger && { ...def.trigger }),
    props: describeProps(def.props),
    defaults: toJson(defaults) as Record<string, unknown>,
    ...optional(
      'credential',
      def.credential && { type: def.credential.type, required: def.credential.required !== false },
    ),
    effect: typeof def.effect === 'function' ? 'dynamic' : def.effect,
    ...optional('effectRule', typeof def.effect === 'function' ? effectRule(def, defaults) : undefined),
    ...optional('rateLimit', def.rateLimit && { ...def.rateLimit }),
    inputs,
    ...(typeof def.inputs === 'function' ? { dynamicInputs: true as const } : {}),
    outputs,
    ...(typeof def.outputs === 'function' ? { dynamicOutputs: true as const } : {}),
    ...optional('outputSample', def.outputSample && (toJson(def.outputSample) as Record<string, unknown>)),
    ...optional('outputSchema', def.outputSchema && (toJson(def.outputSchema) as Record<string, unknown>)),
    ...optional('loop', def.loop && { port: def.loop.port }),
    ...optional('concurrency', def.concurrency),
    ...optional('idempotent', def.idempotent),
    ...optional('loadOptions', def.loadOptions && Object.keys(def.loadOptions)),
    ...optional('webhook', def.webhook && { verifiesRequests: typeof def.webhook.verify === 'function' }),
    ...(typeof def.poll === 'function' ? { polls: true as const } : {}),
  };
  return description;
}

/**
 * Every node type (by type, then version) and credential type (by name) of a registry, as JSON:
 * what `GET /node-types` serves.
 *
 * @example
 * const catalog = describeCatalog(registry); // { nodes: [...], credentials: [...] }
 */
export function describeCatalog(registry: Pick<NodeRegistry, 'all' | 'allCredentials'>): NodeCatalog {
  const nodes = registry
    .all()
    .map(describeNode)
    .sort((a, b) => a.type.localeCompare(b.type) || a.version - b.version);
  const credentials = registry
    .allCredentials()
    .map(describeCredential)
    .sort((a, b) => a.name.localeCompare(b.name));
  return { nodes, credentials };
}

/** A credential type's form and base URL; `authenticate` and `test` functions are left out. */
export function describeCredential(type: CredentialType): CredentialDescription {
  const fields = describeProps(type.fields);
  return {
    name: type.name,
    displayName: type.displayName,
    ...optional('docsUrl', type.docsUrl),
    fields,
    secretFields:
      type.secretFields ??
      Object.keys(fields).filter((name) => (fields[name] as { secret?: boolean }).secret === true),
    ...optional('baseUrl', type.baseUrl && { ...type.baseUrl }),
    testable: type.test !== undefined,
  };
}

function describeProps(props: PropMap): Record<string, PropDescription> {
  return toJson(props) as Record<string, PropDescription>;
}

function defaultsOf(props: PropMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(props)) if (prop.default !== undefined) out[name] = prop.default;
  return out;
}

/** The effect for the defaults, and each single options/boolean value that changes it. */
function effectRule(def: AnyNodeDefinition, defaults: Record<string, unknown>): EffectRule | undefined {
  const at = (values: Record<string, unknown>): Effect | undefined => {
    try {
      return effectOf(def, values);
    } catch {
      return undefined;
    }
  };
  const base = at(defaults);
  if (base === undefined) return undefined;
  const when: EffectRule['when'] = [];
  for (const [name, prop] of Object.entries<PropDef>(def.props)) {
    const values: Array<string | boolean> =
      prop.kind === 'boolean'
        ? [true, false]
        : prop.kind === 'options'
          ? (prop.options ?? []).map((o) => o.value)
          : [];
    for (const value of values) {
      const effect = at({ ...defaults, [name]: value });
      if (effect !== undefined && effect !== base) when.push({ prop: name, value, effect });
    }
  }
  return { default: base, when };
}

function ports(compute: () => string[], fallback: string[]): string[] {
  try {
    return [...compute()];
  } catch {
    return fallback;
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** A JSON copy: functions, symbols and undefined left out, dates as ISO text. */
function toJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint'
      ? undefined
      : value;
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((entry) => toJson(entry) ?? null);
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const json = toJson(entry);
    if (json !== undefined) out[key] = json;
  }
  return out;
}
