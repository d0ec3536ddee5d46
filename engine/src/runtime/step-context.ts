import type { Item } from '../workflow/item';
import type { BaseContext } from '../sdk/node-context';
import type { ResolvedCredential } from '../sdk/credential-type';
import type { GraphNode } from './run-graph';
import type { RunSession } from './run-session';
import type { ExpressionContext } from '../expression/expression-evaluator.port';
import type { StepLog } from './step-record';
import { createHttpClient } from './http/http-client';
import { createTemplateData } from '../template/template-data';
import { MemoryNodeStateStore } from './adapters/memory-node-state.adapter';
import { MemoryResourceStore } from './adapters/memory-resource-store.adapter';

const fallbackState = new MemoryNodeStateStore();
const fallbackResources = new MemoryResourceStore();

/** Builds the parts of a node's `ctx` that do not depend on the item. */
export function baseContext(
  session: RunSession,
  g: GraphNode,
  context: ExpressionContext,
  credential: ResolvedCredential | undefined,
  logs: StepLog[],
  usage: Record<string, number>,
): BaseContext<Record<string, unknown>> {
  const { deps } = session;
  const log =
    (level: StepLog['level']) =>
    (message: string, data?: Record<string, unknown>): void => {
      logs.push({ level, message, data, at: new Date().toISOString() });
    };
  const credentialType = g.def.credential ? deps.registry.credential(g.def.credential.type) : undefined;
  const cacheKey = credential ? `${credential.type}:${credential.id}` : 'none';
  const http = createHttpClient({
    credential,
    credentialType,
    rateLimit: g.def.rateLimit,
    rateLimitKey: credential ? `${credential.type}:${credential.id}` : `${g.def.type}:anonymous`,
    limiter: deps.rateLimiter,
    signal: session.signal,
    allowPrivateNetworks: session.options.allowPrivateNetworks,
    tokenCache: {
      get: (key) => {
        const hit = session.tokenCache.get(`${cacheKey}:${key}`);
        return hit && hit.expiresAt > Date.now() ? hit.value : undefined;
      },
      set: (key, value, ttlMs) =>
        session.tokenCache.set(`${cacheKey}:${key}`, { value, expiresAt: Date.now() + ttlMs }),
    },
  });
  const workflowId = session.options.workflowId ?? session.workflow.id ?? session.workflow.name;
  return {
    props: {},
    credential,
    http,
    state: (deps.nodeState ?? fallbackState).forNode(workflowId, g.node.id),
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
    signal: session.signal,
    dryRun: session.info.dryRun,
    run: session.info,
    node: { id: g.node.id, name: g.node.name, type: g.node.type },
    renderTemplate(template: string, item: Item, itemIndex: number): string {
      if (!deps.renderTemplate) throw new Error('this runtime has no template renderer');
      return deps.renderTemplate(template, createTemplateData(item, itemIndex, context), {
        where: `${g.node.name}, item ${itemIndex}`,
      });
    },
    async runCode(request) {
      if (!deps.runCode) throw new Error('this runtime has no code sandbox');
      return deps.runCode({ ...request, nodeName: g.node.name });
    },
    resources: deps.resources ?? fallbackResources,
    reportUsage(reported) {
      for (const [key, value] of Object.entries(reported)) {
        if (typeof value === 'number' && Number.isFinite(value)) usage[key] = (usage[key] ?? 0) + value;
      }
    },
    async executeWorkflow(ref, items) {
      if (!deps.workflows) throw new Error('this runtime cannot load other workflows');
      const child = await deps.workflows.load(ref);
      const result = await session.runChild(child, items);
      if (result.status !== 'success') {
        throw new Error(
          `sub-workflow '${child.name}' ${result.status}: ${result.error?.message ?? 'no details'}`,
        );
      }
      return Object.values(result.outputs).flatMap((ports) => ports.main ?? Object.values(ports)[0] ?? []);
    },
  };
}
