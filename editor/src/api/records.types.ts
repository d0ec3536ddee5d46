import type { Workflow } from '@ainow/engine/workflow';

/** Shapes of the REST API's records (DESIGN.md section 8), as the editor uses them. */
export type Role = 'owner' | 'admin' | 'editor' | 'viewer';

export interface User {
  id: string;
  email: string;
  role: Role;
  disabled?: boolean;
}

export interface WorkflowRecord {
  id: string;
  name: string;
  active: boolean;
  tags: string[];
  version: number;
  updatedAt: string;
  createdAt?: string;
  /** The workflow document (schemaVersion 1). */
  workflow: Workflow;
}

export type WorkflowSummary = Omit<WorkflowRecord, 'workflow'> & { nodeCount?: number };

export interface WorkflowVersion {
  version: number;
  createdAt: string;
  createdBy?: string | null;
}

export interface Item {
  json: Record<string, unknown>;
  binary?: Record<string, unknown>;
  pairedItem?: unknown;
}

export type RunStatus = 'queued' | 'running' | 'success' | 'failed' | 'waiting' | 'canceled';
export type StepStatus = 'waiting' | 'running' | 'success' | 'failed' | 'skipped' | 'canceled';

export interface StepRecord {
  nodeId: string;
  /** The step's position in the run (the server pages a step's items by it). */
  index?: number;
  name?: string;
  status: StepStatus;
  itemsIn?: number;
  itemsOut?: Record<string, number>;
  durationMs?: number;
  input?: Item[];
  output?: Record<string, Item[]>;
  error?: { message: string; itemIndex?: number } | null;
  /** A write or send node in a dry run: its items show what it would have sent; nobody was called. */
  dryRun?: boolean;
}

export interface ExecutionSummary {
  id: string;
  workflowId: string;
  workflowName?: string;
  workflowVersion?: number;
  status: RunStatus;
  mode: string;
  startedAt: string;
  finishedAt?: string | null;
  durationMs?: number | null;
  /** Started as a dry run (write and send nodes called nobody). */
  dryRun?: boolean;
  /** Ran against the vendors' simulators instead of the vendors. */
  sandbox?: boolean;
}

/** One page of `GET /executions`; `nextCursor` is null on the last page. */
export interface ExecutionPage {
  items: ExecutionSummary[];
  nextCursor: string | null;
}

export interface ExecutionRecord extends ExecutionSummary {
  steps: StepRecord[];
  error?: { message: string; nodeId?: string } | null;
  /** The workflow version the run used, to draw it read-only. */
  workflow?: Workflow;
}

/** One server-sent event of `GET /executions/:id/events`. */
export interface RunEvent {
  type: 'stepStarted' | 'stepFinished' | 'runFinished' | string;
  nodeId?: string;
  step?: Partial<StepRecord>;
  status?: RunStatus;
}

export interface CredentialRecord {
  id: string;
  name: string;
  type: string;
  createdAt?: string;
  updatedAt?: string;
  /** Non-secret field values; secrets are never returned. */
  values?: Record<string, unknown>;
  /** Names of the secret fields that have a stored value. */
  secretsSet?: string[];
}

export interface TemplateSummary {
  id: string;
  name: string;
  description?: string;
  tags?: string[];
  nodeTypes?: string[];
  /** Credential types the template's nodes need. */
  credentialTypes?: string[];
  workflow?: Workflow;
}

export interface ApiKeyRecord {
  id: string;
  label: string;
  createdAt: string;
  lastUsedAt?: string | null;
  /** Only in the answer to create. */
  key?: string;
}
