import type { Item } from '../workflow/item';
import type { RunInfo, CodeRunRequest, CodeRunResult } from '../sdk/node-context';
import type { NodeRegistry } from '../sdk/node-registry';
import type { ExpressionEvaluator } from '../expression/expression-evaluator.port';
import type { StepStore } from './ports/step-store.port';
import type { EffectLedger } from './ports/effect-ledger.port';
import type { NodeStateStore } from './ports/node-state.port';
import type { RateLimiter } from './ports/rate-limiter.port';
import type { CredentialResolver } from './ports/credential-resolver.port';
import type { WorkflowSource } from './ports/workflow-source.port';
import type { ResourceStore } from './ports/resource-store.port';
import type { StepRecord } from './step-record';
import type { TemplateData } from '../template/template-data';

/** What a runtime is built from: the node registry, the expression evaluator and the ports. */
export interface RuntimeDeps {
  registry: NodeRegistry;
  evaluator: ExpressionEvaluator;
  runCode?: (request: CodeRunRequest & { nodeName?: string }) => Promise<CodeRunResult>;
  renderTemplate?: (template: string, data: TemplateData, options?: { where?: string }) => string;
  stepStore?: StepStore;
  ledger?: EffectLedger;
  nodeState?: NodeStateStore;
  rateLimiter?: RateLimiter;
  credentials?: CredentialResolver;
  workflows?: WorkflowSource;
  /** Saved models and other versioned resources (the server's; in memory by default). */
  resources?: ResourceStore;
  /** Waits up to this long are slept through in place; longer ones end the run as `waiting`. Default 5 s. */
  inlineWaitMs?: number;
  /** How many independent nodes may run at once. Default 4. */
  parallelism?: number;
  /** Default per-item concurrency of `runItem` nodes. Default 5. */
  itemConcurrency?: number;
  /** Loop iteration cap when the workflow sets none. Default 1,000. */
  maxLoopIterations?: number;
}

export interface RunHooks {
  stepStarted?(info: { runId: string; index: number; nodeId: string; nodeName: string }): void;
  stepFinished?(step: StepRecord): void;
  /** A Respond to Webhook node answered; the server sends this to the waiting request. */
  webhookResponse?(response: { status: number; headers: Record<string, string>; body: string }): void;
}

export interface RunOptions {
  runId?: string;
  workflowId?: string;
  mode?: RunInfo['mode'];
  /** Items the trigger node starts with (default: one empty item). */
  triggerItems?: Item[];
  /** Start from this trigger; default: the workflow's trigger (a manual trigger first). */
  startNodeId?: string;
  /** "Run up to this node": only this node and what it needs run. */
  destinationNodeId?: string;
  dryRun?: boolean;
  signal?: AbortSignal;
  /** Use the workflow's pinData (default: true for manual, cli and test runs). */
  usePinData?: boolean;
  resumeUrl?: string;
  /** Steps of an earlier attempt of this run; finished steps are reused, not run again. */
  previousSteps?: StepRecord[];
  /** Resume a waiting run: its Wait step ends now and the run goes on. */
  resume?: boolean;
  variables?: Record<string, unknown>;
  /** Lets HTTP Request reach private and loopback addresses in this run (sandbox runs). */
  allowPrivateNetworks?: boolean;
  hooks?: RunHooks;
  /** Sub-workflow depth (Execute Workflow). */
  depth?: number;
}

export interface RunResult {
  runId: string;
  status: 'success' | 'failed' | 'waiting' | 'cancelled';
  steps: StepRecord[];
  /** Output of each node with no outgoing connection that ran. */
  outputs: Record<string, Record<string, Item[]>>;
  error: { message: string; nodeId?: string; description?: string } | null;
  waitUntil?: string;
  /** What every step used, summed (AI tokens, cost, requests). */
  usage?: Record<string, number>;
  /** The first webhook answer a Respond to Webhook node gave in this run. */
  webhookResponse?: { status: number; headers: Record<string, string>; body: string };
  startedAt: string;
  finishedAt: string;
}
