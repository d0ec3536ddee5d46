import type { Item } from '../workflow/item';
import type { HttpRequest, HttpResponse } from './http';
import type { ResolvedCredential } from './credential-type';

/**
 * What a node's `run` / `runItem` receives (DESIGN.md section 6). Everything that does I/O or
 * needs the runtime comes through here, so nodes import nothing but the SDK.
 */
export interface NodeLogger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

/** Key-value state kept per workflow and node across runs (poll cursors, de-duplication). */
export interface NodeState {
  get<T = unknown>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface HttpClient {
  /** Sends a request with the node's credential, rate limit, timeout and abort signal applied. */
  request<T = unknown>(request: HttpRequest): Promise<HttpResponse<T>>;
}

export interface CodeRunRequest {
  code: string;
  mode: 'all' | 'each';
  items: Item[];
  /** Extra globals visible to the code (plain JSON). */
  globals?: Record<string, unknown>;
  memoryLimitMb?: number;
  timeoutMs?: number;
}

export interface CodeRunResult {
  items: Item[];
  logs: string[];
}

export interface WaitRequest {
  /** Resume at this time (ISO string or epoch ms). */
  until?: string | number;
  /** Wait for the resume URL to be called. */
  forResume?: boolean;
}

export interface RunInfo {
  runId: string;
  mode: 'manual' | 'trigger' | 'webhook' | 'schedule' | 'poll' | 'retry' | 'subworkflow' | 'cli' | 'test';
  resumeUrl?: string;
  workflowId?: string;
  workflowName: string;
  timezone: string;
  dryRun: boolean;
}

/** A named, versioned resource a node saved (e.g. a trained model). */
export interface SavedResource {
  id: string;
  kind: string;
  name: string;
  version: number;
  data: unknown;
  createdAt: string;
}

/** Named, versioned resources kept by the server (trained models): each save makes a new version. */
export interface NodeResources {
  save(kind: string, name: string, data: unknown): Promise<SavedResource>;
  /** The newest version, or the one asked for; undefined when there is none. */
  load(kind: string, name: string, version?: number): Promise<SavedResource | undefined>;
}

export interface BaseContext<P> {
  /** Parameter values of the first item (or the only evaluation for whole-batch nodes). */
  props: P;
  credential?: ResolvedCredential;
  http: HttpClient;
  state: NodeState;
  logger: NodeLogger;
  signal: AbortSignal;
  dryRun: boolean;
  run: RunInfo;
  node: { id: string; name: string; type: string };
  /** Renders a Handlebars template with the item at top level (DESIGN.md section 4). */
  renderTemplate(template: string, item: Item, itemIndex: number): string;
  /** Runs JavaScript in an isolate (the Code node). */
  runCode(request: CodeRunRequest): Promise<CodeRunResult>;
  /**
   * Adds to what this step used, such as AI tokens and cost: numbers are summed per step and per
   * run (`step.usage`, `result.usage`).
   *
   * @example
   * ctx.reportUsage({ promptTokens: 412, completionTokens: 58, costUsd: 0.0000966, requests: 1 });
   */
  reportUsage(usage: Record<string, number>): void;
  /** Saved models and other versioned resources. */
  resources: NodeResources;
  /** Runs another workflow (by id, or a file path where the runtime allows files) with these items. */
  executeWorkflow(ref: { workflowId?: string; file?: string }, items: Item[]): Promise<Item[]>;
}

/** The HTTP answer to the request that started a webhook run (Respond to Webhook). */
export interface WebhookReply {
  status: number;
  headers: Record<string, string>;
  /** Exactly what to send; an empty string for no body. */
  body: string;
}

export interface RunContext<P> extends BaseContext<P> {
  /** Answers the webhook request that started this run (kept on the step; the server sends it). */
  respond(reply: WebhookReply): void;
  /** Items on each input port. */
  inputs: Record<string, Item[]>;
  /** Items on the `main` input port. */
  items: Item[];
  /** Parameter values evaluated for item `index` of the main input. */
  propsFor(index: number): P;
  /** Pauses the run (Wait node). Returns when the run resumes; the runtime may end the step here. */
  wait(request: WaitRequest): Promise<void>;
  /** Iteration-spanning memory for the Loop node in this run. */
  runState: Map<string, unknown>;
}

export interface ItemContext<P> extends BaseContext<P> {
  itemIndex: number;
  /** Stable key for vendor idempotency headers: same run, node and item give the same key. */
  idempotencyKey: string;
}
