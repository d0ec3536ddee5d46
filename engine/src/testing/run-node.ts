import type { Item, PortItems } from '../workflow/item';
import type { AnyNodeDefinition, RoutedItems } from '../sdk/node-definition';
import type {
  BaseContext,
  CodeRunRequest,
  CodeRunResult,
  ItemContext,
  NodeState,
  RunContext,
} from '../sdk/node-context';
import type { ResolvedCredential } from '../sdk/credential-type';
import type { HttpClient, NodeResources, SavedResource, WebhookReply } from '../sdk/node-context';

/**
 * Runs one node outside a workflow, for node tests. Parameters are taken as already evaluated
 * (pass `propsPerItem` to give each item its own values).
 *
 * @example
 * const out = await runNode(setNode, { props: { fields: [{ name: 'a', value: 1 }] }, items: [{ json: {} }] });
 * expect(out.main[0].json.a).toBe(1);
 */
export interface RunNodeOptions {
  props?: Record<string, unknown>;
  propsPerItem?: Record<string, unknown>[];
  items?: Item[];
  inputs?: Record<string, Item[]>;
  credential?: ResolvedCredential;
  http?: HttpClient;
  state?: NodeState;
  dryRun?: boolean;
  runCode?: (request: CodeRunRequest) => Promise<CodeRunResult>;
  renderTemplate?: (template: string, item: Item, index: number) => string;
  executeWorkflow?: BaseContext<unknown>['executeWorkflow'];
  runState?: Map<string, unknown>;
  onRespond?: (reply: WebhookReply) => void;
  /** Saved resources (default: a fresh in-memory store per call). */
  resources?: NodeResources;
  /** Collects what the node reports through `ctx.reportUsage`. */
  usage?: Record<string, number>;
}

/** Versioned resources in memory, for node tests. */
export function memoryResources(): NodeResources {
  const saved: SavedResource[] = [];
  return {
    async save(kind, name, data) {
      const version = saved.filter((r) => r.kind === kind && r.name === name).length + 1;
      const resource = {
        id: `${kind}:${name}:${version}`,
        kind,
        name,
        version,
        data,
        createdAt: new Date().toISOString(),
      };
      saved.push(resource);
      return resource;
    },
    async load(kind, name, version) {
      const matching = saved.filter((r) => r.kind === kind && r.name === name);
      return version === undefined
        ? matching[matching.length - 1]
        : matching.find((r) => r.version === version);
    },
  };
}

export function memoryState(): NodeState & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get<T>(key: string) {
      return data.get(key) as T | undefined;
    },
    async set(key, value) {
      data.set(key, value);
    },
    async delete(key) {
      data.delete(key);
    },
  };
}

const noHttp: HttpClient = {
  request() {
    throw new Error('runNode: pass options.http to make HTTP requests in this test');
  },
};

/** The `ctx` a node's `run` (or a trigger's `poll`) gets in a test. */
function testContext(
  definition: AnyNodeDefinition,
  options: RunNodeOptions,
): RunContext<Record<string, unknown>> {
  const inputs = options.inputs ?? { main: options.items ?? [] };
  const items = inputs.main ?? [];
  const props = options.props ?? options.propsPerItem?.[0] ?? {};
  const propsFor = (i: number) => options.propsPerItem?.[i] ?? props;
  const base: BaseContext<Record<string, unknown>> = {
    props,
    credential: options.credential,
    http: options.http ?? noHttp,
    state: options.state ?? memoryState(),
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    signal: new AbortController().signal,
    dryRun: options.dryRun ?? false,
    run: {
      runId: 'test-run',
      mode: 'test',
      workflowName: 'test',
      timezone: 'UTC',
      dryRun: options.dryRun ?? false,
    },
    node: { id: 'node', name: definition.displayName, type: definition.type },
    renderTemplate:
      options.renderTemplate ??
      (() => {
        throw new Error('runNode: pass options.renderTemplate');
      }),
    runCode:
      options.runCode ??
      (() => {
        throw new Error('runNode: pass options.runCode');
      }),
    resources: options.resources ?? memoryResources(),
    reportUsage(reported) {
      if (!options.usage) return;
      for (const [key, value] of Object.entries(reported))
        options.usage[key] = (options.usage[key] ?? 0) + value;
    },
    executeWorkflow:
      options.executeWorkflow ??
      (() => {
        throw new Error('runNode: pass options.executeWorkflow');
      }),
  };
  return {
    ...base,
    inputs,
    items,
    propsFor,
    runState: options.runState ?? new Map(),
    respond: (reply) => options.onRespond?.(reply),
    async wait() {},
  };
}

/**
 * Calls a polling trigger's `poll` once, as the server does on each tick. Pass the same `state`
 * (see `memoryState`) to poll again from where the last poll left off.
 *
 * @example
 * const state = memoryState();
 * const first = await pollNode(newContacts, { props, credential, http, state });
 */
export async function pollNode(definition: AnyNodeDefinition, options: RunNodeOptions = {}): Promise<Item[]> {
  if (!definition.poll) throw new Error(`pollNode: ${definition.type} is not a polling trigger`);
  return definition.poll(testContext(definition, options));
}

export async function runNode(
  definition: AnyNodeDefinition,
  options: RunNodeOptions = {},
): Promise<PortItems> {
  const ctx = testContext(definition, options);
  const { items } = ctx;
  if (definition.run) {
    const result = await definition.run(ctx);
    return Array.isArray(result) ? { main: result } : result;
  }
  const out: PortItems = { main: [] };
  for (let i = 0; i < items.length; i++) {
    const itemCtx: ItemContext<Record<string, unknown>> = {
      ...ctx,
      props: ctx.propsFor(i),
      itemIndex: i,
      idempotencyKey: `test-run:node:${i}`,
    };
    const result = await definition.runItem!(itemCtx, items[i]);
    if (result === null) continue;
    if ((result as RoutedItems).__routed) {
      const r = result as RoutedItems;
      (out[r.port] ??= []).push(...r.items.map((item) => ({ ...item, pairedItem: { item: i } })));
    } else {
      const list = Array.isArray(result) ? result : ['json' in result ? (result as Item) : { json: result }];
      out.main.push(...list.map((item) => ({ ...(item as Item), pairedItem: { item: i } })));
    }
  }
  return out;
}
