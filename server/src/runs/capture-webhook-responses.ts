import { NodeRegistry, type AnyNodeDefinition, type WebhookReply } from '@ainow/engine/sdk';
import type { StepRecord } from '@ainow/engine/runtime';
import type { WebhookResponse } from './run-events';
import { buildResponse } from './webhook-response';

export const RESPOND_NODE_TYPE = 'core.respondToWebhook';

/**
 * A registry like `registry` whose Respond to Webhook node always gives its answer through
 * `ctx.respond` (kept on the step record as `response`): if the node version does not call it
 * itself, the answer is built from its evaluated parameters and input items. The answer thereby
 * travels with the stored step, so the process holding the HTTP request gets it whichever worker
 * ran the step.
 *
 * @example
 * const registry = captureWebhookResponses(createBuiltInRegistry());
 */
export function captureWebhookResponses(registry: NodeRegistry): NodeRegistry {
  const wrapped = new NodeRegistry();
  for (const def of registry.all())
    wrapped.add(def.type === RESPOND_NODE_TYPE && def.run ? withCapture(def) : def);
  for (const credential of registry.allCredentials()) wrapped.addCredential(credential);
  return wrapped;
}

function withCapture(def: AnyNodeDefinition): AnyNodeDefinition {
  const run = def.run!;
  return {
    ...def,
    async run(ctx) {
      let answered = false;
      const respond = (reply: WebhookReply) => {
        answered = true;
        ctx.respond(reply);
      };
      const output = await run({ ...ctx, respond });
      if (!answered) ctx.respond(buildResponse(ctx.props as Record<string, unknown>, ctx.items));
      return output;
    },
  };
}

/** The answer a Respond to Webhook step gave, if this step gave one. */
export function webhookResponseOf(
  step: Pick<StepRecord, 'status' | 'response'>,
): WebhookResponse | undefined {
  return step.status === 'success' ? step.response : undefined;
}
