import { Inject, Injectable } from '@nestjs/common';
import type { Item, NodeRegistry } from '@ainow/engine/sdk';
import { parametersWithDefaults, type Workflow } from '@ainow/engine/workflow';
import { StandaloneContexts } from '../nodes/standalone-context';
import { NODE_REGISTRY } from '../runs/run-job';

/**
 * Calls a polling trigger's `poll(ctx)` on its interval. The node keeps its cursor and the ids it
 * has seen in `ctx.state` (stored per workflow and node), so each poll returns only new items.
 */
@Injectable()
export class PollRunner {
  constructor(
    @Inject(NODE_REGISTRY) private readonly registry: NodeRegistry,
    private readonly contexts: StandaloneContexts,
  ) {}

  async poll(doc: Workflow, workflowId: string, nodeId: string): Promise<Item[]> {
    const node = doc.nodes.find((n) => n.id === nodeId);
    const def = node && this.registry.get(node.type, node.version);
    if (!node || !def?.poll) return [];
    const ctx = await this.contexts.build({
      def,
      props: parametersWithDefaults(def.props, node.parameters),
      credentialId: def.credential ? node.credentials?.[def.credential.type] : undefined,
      workflowId,
      workflowName: doc.name,
      nodeId,
      nodeName: node.name,
      purpose: 'poll',
      timezone: doc.settings?.timezone,
    });
    return def.poll(ctx);
  }
}
