import Handlebars from 'handlebars';
import type { AnyNodeDefinition, Item, ResolvedCredential, RunContext } from '@ainow/engine/sdk';
import { memoryResources, memoryState } from '@ainow/engine/testing';
import type { TestHttp } from './test-http';

/** Renders a template prop the way the runtime does: Handlebars with the item's fields at top level. */
export function renderTemplate(template: string, item: Item): string {
  return Handlebars.compile(template, { noEscape: true })(item.json);
}

/** A run context for calling a node's `loadOptions` loaders in tests. */
export function optionsContext(
  props: Record<string, unknown>,
  http: TestHttp,
  credential: ResolvedCredential,
): RunContext<Record<string, unknown>> {
  return {
    props,
    credential,
    http,
    state: memoryState(),
    logger: { debug() {}, info() {}, warn() {}, error() {} },
    signal: new AbortController().signal,
    dryRun: false,
    run: { runId: 'test-run', mode: 'test', workflowName: 'test', timezone: 'UTC', dryRun: false },
    node: { id: 'node', name: 'node', type: 'test' },
    renderTemplate: (template, item) => renderTemplate(template, item),
    runCode: () => Promise.reject(new Error('not in this test')),
    executeWorkflow: () => Promise.reject(new Error('not in this test')),
    inputs: { main: [] },
    items: [],
    propsFor: () => props,
    wait: async () => {},
    runState: new Map(),
    respond: () => undefined,
    reportUsage: () => undefined,
    resources: memoryResources(),
  };
}

/** Calls one of a node's named option loaders. */
export async function loadOptions(
  node: AnyNodeDefinition,
  name: string,
  ctx: RunContext<Record<string, unknown>>,
): Promise<Array<{ value: string; label: string }>> {
  const loader = node.loadOptions?.[name];
  if (!loader) throw new Error(`${node.type} has no loadOptions.${name}`);
  return loader(ctx);
}

/** Awaits a promise expected to fail and returns the error, failing the test if it resolves. */
export async function failure(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
