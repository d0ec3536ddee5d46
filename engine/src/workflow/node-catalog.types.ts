/**
 * The node catalog as JSON: what `describeCatalog` (engine/src/sdk/describe-node.ts) produces,
 * what `GET /api/v1/node-types` serves and what the editor draws forms and nodes from. Types only,
 * so the browser can import them from `@ainow/engine/workflow`; the SDK's prop builders
 * (`PropDef`, `Prop.*`) extend these shapes.
 *
 * @example
 * const prop: PropDescription = { kind: 'text', label: 'Email', required: true };
 * const catalog: NodeCatalog = { nodes: [], credentials: [] };
 */

/** How a prop is drawn and what its value is. */
export type PropKind =
  | 'text'
  | 'longText'
  | 'number'
  | 'boolean'
  | 'options'
  | 'multiOptions'
  | 'json'
  | 'keyValue'
  | 'collection'
  | 'list'
  | 'conditions'
  | 'template'
  | 'code';

/** One choice of an `options` or `multiOptions` prop. */
export interface PropOption {
  value: string;
  label: string;
  description?: string;
}

/** Show a field only when other fields have one of the given values. */
export type ShowIf = Record<string, ReadonlyArray<string | number | boolean>>;

/** What every prop has, whatever its kind; `T` is the type of its value. */
export interface PropBase<T> {
  label: string;
  help?: string;
  default?: T;
  required?: boolean;
  placeholder?: string;
  showIf?: ShowIf;
  /** Fields whose value is not an expression (code, template) are never evaluated by the engine. */
  noExpressions?: boolean;
}

/** Settings that only some kinds of prop use. */
export interface PropKindSettings {
  options?: PropOption[];
  /** Options fetched from the vendor with the chosen credential: the method's name on the node. */
  loadOptions?: string;
  language?: 'javascript' | 'json';
  min?: number;
  max?: number;
}

/** A prop as the catalog serves it: plain JSON, no functions, nested `fields` described too. */
export interface PropDescription extends PropBase<unknown>, PropKindSettings {
  kind: PropKind;
  fields?: Record<string, PropDescription>;
  /** Credential fields only: the value is write-only through the API. */
  secret?: boolean;
}

export type NodeCategory =
  'Triggers' | 'Flow' | 'Data' | 'Leads' | 'Email & SMS' | 'CRM' | 'AI' | 'Code' | 'Utility';

export type TriggerKind = 'manual' | 'webhook' | 'schedule' | 'poll' | 'event';

/** What a node does outside the run: reads, writes records, or sends messages (DESIGN.md section 3). */
export type Effect = 'read' | 'write' | 'send';

/** When `effect` depends on the props: the effect for the defaults and the values that change it. */
export interface EffectRule {
  default: Effect;
  when: Array<{ prop: string; value: string | boolean; effect: Effect }>;
}

/** What names a node type and how the palette shows it: shared by its declaration and its catalog entry. */
export interface NodeTypeInfo {
  type: string;
  version: number;
  displayName: string;
  description: string;
  category: NodeCategory;
  icon?: string;
  docsUrl?: string;
  /** Set for trigger nodes; a trigger has no inputs. */
  trigger?: { kind: TriggerKind; pollIntervalMs?: number };
}

/** One entry of the node catalog (`GET /node-types`): what the editor needs to draw and wire a node. */
export interface NodeDescription extends NodeTypeInfo {
  props: Record<string, PropDescription>;
  /** Parameter values of a new node: every prop's default. */
  defaults: Record<string, unknown>;
  credential?: { type: string; required: boolean };
  /** `dynamic` when it depends on the props; `effectRule` then says how. */
  effect: Effect | 'dynamic';
  effectRule?: EffectRule;
  rateLimit?: { requests: number; perMs: number };
  /** Input ports (for the default props when `dynamicInputs`). */
  inputs: string[];
  dynamicInputs?: true;
  /** Output ports (for the default props when `dynamicOutputs`); `onError: "route"` adds `error`. */
  outputs: string[];
  dynamicOutputs?: true;
  outputSample?: Record<string, unknown>;
  outputSchema?: Record<string, unknown>;
  loop?: { port: string };
  concurrency?: number;
  idempotent?: boolean;
  /** Names of the option loaders the node offers (props name them in `loadOptions`). */
  loadOptions?: string[];
  /** Webhook triggers: whether the node checks that requests are authentic. */
  webhook?: { verifiesRequests: boolean };
  /** Polling triggers. */
  polls?: true;
}

/** A credential type as the catalog serves it: its form, never how it authenticates. */
export interface CredentialDescription {
  name: string;
  displayName: string;
  docsUrl?: string;
  fields: Record<string, PropDescription>;
  secretFields: string[];
  baseUrl?: { default: string; simulator?: string };
  /** Whether `POST /credentials/:id/test` can check it. */
  testable: boolean;
}

/** Every node type and credential type an instance offers. */
export interface NodeCatalog {
  nodes: NodeDescription[];
  credentials: CredentialDescription[];
}
