/**
 * The node catalog as `GET /api/v1/node-types` serves it: the JSON that `describeCatalog` in
 * engine/src/sdk/describe-node.ts produces. Kept here as plain types so that the editor imports no
 * SDK code (which pulls Node built-ins).
 */
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

export interface PropOption {
  value: string;
  label: string;
  description?: string;
}

export interface PropDescription {
  kind: PropKind;
  label: string;
  help?: string;
  default?: unknown;
  required?: boolean;
  placeholder?: string;
  showIf?: Record<string, ReadonlyArray<string | number | boolean>>;
  noExpressions?: boolean;
  options?: PropOption[];
  loadOptions?: string;
  fields?: Record<string, PropDescription>;
  language?: 'javascript' | 'json';
  min?: number;
  max?: number;
  secret?: boolean;
}

export type NodeCategory =
  'Triggers' | 'Flow' | 'Data' | 'Leads' | 'Email & SMS' | 'CRM' | 'AI' | 'Code' | 'Utility';

export interface NodeDescription {
  type: string;
  version: number;
  displayName: string;
  description: string;
  category: NodeCategory;
  icon?: string;
  docsUrl?: string;
  trigger?: { kind: 'manual' | 'webhook' | 'schedule' | 'poll' | 'event'; pollIntervalMs?: number };
  props: Record<string, PropDescription>;
  defaults: Record<string, unknown>;
  credential?: { type: string; required: boolean };
  effect: 'read' | 'write' | 'send' | 'dynamic';
  inputs: string[];
  dynamicInputs?: true;
  outputs: string[];
  dynamicOutputs?: true;
  outputSample?: Record<string, unknown>;
  outputSchema?: Record<string, unknown>;
  loop?: { port: string };
  loadOptions?: string[];
  webhook?: { verifiesRequests: boolean };
}

export interface CredentialDescription {
  name: string;
  displayName: string;
  docsUrl?: string;
  fields: Record<string, PropDescription>;
  secretFields: string[];
  baseUrl?: { default: string; simulator?: string };
  testable: boolean;
}

export interface NodeCatalog {
  nodes: NodeDescription[];
  credentials: CredentialDescription[];
}
