import type { Item, PortItems } from '../workflow/item';
import type { Effect, NodeTypeInfo } from '../workflow/node-catalog.types';
import type { InferProps, PropMap } from './props';
import type { ItemContext, RunContext } from './node-context';
import type { ResolvedCredential } from './credential-type';

/**
 * A node type, declared in one file (DESIGN.md section 6). The declaration gives the editor
 * its form and ports and the engine what it needs to run the node.
 *
 * @example
 * export const verifyEmail = defineNode({
 *   type: 'neverbounce.verifyEmail', version: 1, displayName: 'Verify email',
 *   description: 'Checks one address with NeverBounce', category: 'Leads',
 *   credential: { type: 'neverbounce' }, effect: 'read',
 *   rateLimit: { requests: 10, perMs: 1000 },
 *   props: { email: Prop.text({ label: 'Email', required: true }) },
 *   outputSample: { email: 'ada@example.com', result: 'valid' },
 *   async runItem(ctx) {
 *     const res = await ctx.http.request<{ result: string }>({ url: '/v4.2/single/check', query: { email: ctx.props.email } });
 *     return { json: { email: ctx.props.email, result: res.body.result } };
 *   },
 * });
 */
// The catalog's JSON types live with the workflow format, so that the browser can import them.
export type { Effect, NodeCategory, NodeTypeInfo, TriggerKind } from '../workflow/node-catalog.types';

/** An incoming HTTP request to a webhook trigger. */
export interface WebhookRequest {
  method: string;
  /** The full URL the sender called (signature schemes such as Twilio's sign it). */
  url: string;
  path: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  /** Parsed body (JSON object, form fields) or text. */
  body: unknown;
  /** The body exactly as received, for signature checks. */
  rawBody: string;
}

export interface WebhookContext {
  props: Record<string, unknown>;
  credential?: ResolvedCredential;
}

/** What `runItem` may return: an item, a plain JSON object, several items, or items for named ports. */
export type ItemResult = Item | Record<string, unknown> | Item[] | RoutedItems | null;

/** Output for named ports from a per-item node (e.g. a per-item router). */
export interface RoutedItems {
  readonly __routed: true;
  port: string;
  items: Item[];
}

export function routed(port: string, items: Item | Item[]): RoutedItems {
  return { __routed: true, port, items: Array.isArray(items) ? items : [items] };
}

/** What `run` may return: items for `main`, or items per port. */
export type RunResult = Item[] | PortItems;

export interface NodeDefinition<P extends PropMap = PropMap> extends NodeTypeInfo {
  props: P;
  credential?: { type: string; required?: boolean };
  /** Fixed, or computed from the props (HTTP Request: GET is a read, POST a write). */
  effect: Effect | ((props: Record<string, unknown>) => Effect);
  /**
   * The vendor's documented limit, enforced per credential across runs and workers. `tokens`
   * (per `perMs`) also limits what requests declare in `rateTokens` (e.g. AI tokens per minute).
   */
  rateLimit?: { requests: number; perMs: number; tokens?: number };
  /** Input port names; default `['main']`, `[]` for triggers. */
  inputs?: string[] | ((props: Record<string, unknown>) => string[]);
  /** Output port names; default `['main']`. */
  outputs?: string[] | ((props: Record<string, unknown>) => string[]);
  outputSample?: Record<string, unknown>;
  outputSchema?: Record<string, unknown>;
  /** How many items `runItem` works on at once (default 5). */
  concurrency?: number;
  /** True when repeating the call with the same `idempotencyKey` cannot send or create twice. */
  idempotent?: boolean;
  /** Whole-batch work. */
  run?(ctx: RunContext<InferProps<P>>): Promise<RunResult>;
  /** Per-item work: the SDK runs items with bounded concurrency, keeping order and pairing. */
  runItem?(ctx: ItemContext<InferProps<P>>, item: Item): Promise<ItemResult>;
  /** What a `write`/`send` node would have done, for dry runs. Default: the evaluated props. */
  preview?(ctx: ItemContext<InferProps<P>>, item: Item): ItemResult;
  /**
   * Marks a node that may close a cycle (the Loop node): items it emits on `port` run the nodes
   * of the loop body again; the body's output comes back into this node.
   */
  loop?: { port: string };
  /** Webhook triggers: check authenticity and turn a request into items. */
  webhook?: {
    /** Returns a message saying what is wrong when the request is not authentic, else undefined. */
    verify?(request: WebhookRequest, ctx: WebhookContext): string | undefined | Promise<string | undefined>;
    /** Default: one item `{ body, headers, query, params, method }`. */
    toItems?(request: WebhookRequest, ctx: WebhookContext): Item[];
  };
  /** Polling triggers: return new items since the cursor kept in `ctx.state` (de-duplicated). */
  poll?(ctx: RunContext<InferProps<P>>): Promise<Item[]>;
  /** Named loaders for `options` props with `loadOptions`. */
  loadOptions?: Record<
    string,
    (ctx: RunContext<InferProps<P>>) => Promise<Array<{ value: string; label: string }>>
  >;
  /** Checks of the props beyond `required`; return messages (validation). */
  validate?(props: Record<string, unknown>): string[];
}

/** Declares a node; `ctx.props` inside `run`/`runItem` is typed from `props`. */
export function defineNode<P extends PropMap>(definition: NodeDefinition<P>): NodeDefinition<P> {
  if (!definition.run === !definition.runItem && !definition.trigger) {
    throw new Error(`node type ${definition.type}: declare exactly one of run or runItem`);
  }
  return definition;
}

/** Declares a trigger node (no inputs). */
export function defineTrigger<P extends PropMap>(
  definition: NodeDefinition<P> & { trigger: NonNullable<NodeDefinition<P>['trigger']> },
): NodeDefinition<P> {
  return { inputs: [], ...definition };
}

export type AnyNodeDefinition = NodeDefinition<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function inputPortsOf(def: AnyNodeDefinition, params: Record<string, unknown>): string[] {
  const inputs = def.inputs ?? (def.trigger ? [] : ['main']);
  return typeof inputs === 'function' ? inputs(params) : inputs;
}

export function outputPortsOf(
  def: AnyNodeDefinition,
  params: Record<string, unknown>,
  onError?: string,
): string[] {
  const outputs = def.outputs ?? ['main'];
  const ports = typeof outputs === 'function' ? outputs(params) : outputs;
  return onError === 'route' && !ports.includes('error') ? [...ports, 'error'] : ports;
}

export function effectOf(def: AnyNodeDefinition, params: Record<string, unknown>): Effect {
  return typeof def.effect === 'function' ? def.effect(params) : def.effect;
}
