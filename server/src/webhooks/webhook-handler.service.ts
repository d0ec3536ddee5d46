import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Item, NodeRegistry, ResolvedCredential, WebhookRequest } from '@ainow/engine/sdk';
import { parametersWithDefaults } from '@ainow/engine/workflow';
import { ApiError } from '../common/api-error';
import { metrics } from '../common/metrics';
import { CredentialsService } from '../credentials/credentials.service';
import { NODE_REGISTRY } from '../runs/run-job';
import { RunService } from '../runs/run.service';
import { SandboxService } from '../runs/sandbox.service';
import { runAnswer, type WebhookAnswer } from './webhook-answer';
import { WebhookEntity } from './webhook.entity';
import { WorkflowsService } from '../workflows/workflows.service';
import { normalisePath } from './webhook-path';
import type { RunEvent } from '../runs/run-events';

const WAIT_FOR_ANSWER_MS = 120_000;

/**
 * Answers `/webhook/<path>` (active workflows) and `/webhook-test/<path>` (editor listeners):
 * method filter, the trigger's `verify` (header token, basic, HMAC), items, then the response mode:
 * `immediately` (202 with the run id), `lastNode` (the last step's items when the run ends) or
 * `respondNode` (what the Respond to Webhook step describes).
 */
@Injectable()
export class WebhookHandler {
  private readonly registrations = new Map<string, { at: number; hook: WebhookEntity | null }>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(NODE_REGISTRY) private readonly registry: NodeRegistry,
    private readonly workflows: WorkflowsService,
    private readonly runs: RunService,
    private readonly credentials: CredentialsService,
    private readonly sandbox: SandboxService,
  ) {}

  async production(request: WebhookRequest): Promise<WebhookAnswer> {
    const path = normalisePath(request.path);
    const hook = await this.registration(request.method.toUpperCase(), path);
    if (!hook) {
      const others = await this.ds.getRepository(WebhookEntity).findBy({ path });
      if (others.length) {
        throw new ApiError(
          405,
          'method_not_allowed',
          `webhook /webhook/${path} accepts ${others.map((o) => o.method).join(', ')}, not ${request.method}`,
        );
      }
      throw new ApiError(
        404,
        'webhook_not_found',
        `no active workflow listens on ${request.method} /webhook/${path}; activate the workflow or check the path`,
      );
    }
    return this.handle(request, hook.workflowId, hook.nodeId, 'webhook');
  }

  /** The registration for method + path, at most a second old (activation elsewhere shows up within a second). */
  private async registration(method: string, path: string): Promise<WebhookEntity | null> {
    const key = `${method} ${path}`;
    const hit = this.registrations.get(key);
    if (hit && Date.now() - hit.at < 1000) return hit.hook;
    const hook = await this.ds.getRepository(WebhookEntity).findOneBy({ method, path });
    if (this.registrations.size > 5000) this.registrations.clear();
    this.registrations.set(key, { at: Date.now(), hook });
    return hook;
  }

  /** Drops cached registrations (this process changed them). */
  forgetRegistrations(): void {
    this.registrations.clear();
  }

  async handle(
    request: WebhookRequest,
    workflowId: string,
    nodeId: string,
    mode: 'webhook' | 'test',
    sandbox = false,
  ): Promise<WebhookAnswer> {
    const t0 = performance.now();
    const row = await this.workflows.recentRow(workflowId);
    const view = { ...row, document: await this.workflows.version(workflowId, row.version) };
    const node = view.document.nodes.find((n) => n.id === nodeId);
    const def = node && this.registry.get(node.type, node.version);
    if (!node || !def)
      throw new ApiError(
        404,
        'webhook_not_found',
        `the webhook's trigger node '${nodeId}' is no longer in workflow '${view.name}'; re-activate it`,
      );
    const props = parametersWithDefaults(def.props, node.parameters);
    const credentialId = def.credential ? node.credentials?.[def.credential.type] : undefined;
    const credential = await this.triggerCredential(def.credential?.type, credentialId, sandbox);
    const problem = await def.webhook?.verify?.(request, { props, credential });
    if (problem)
      throw new ApiError(401, 'webhook_unauthorized', `the webhook request was refused: ${problem}`);
    const items: Item[] = def.webhook?.toItems
      ? def.webhook.toItems(request, { props, credential })
      : [
          {
            json: {
              body: request.body ?? {},
              headers: withoutSecrets(request.headers, props),
              query: request.query,
              params: {},
              method: request.method,
            },
          },
        ];
    const responseMode = String(props.responseMode ?? 'immediately');
    const wantsAnswer = responseMode === 'lastNode' || responseMode === 'respondNode';
    const execution = await this.runs.create({
      workflowId,
      version: view.version,
      mode,
      startNodeId: nodeId,
      triggerItems: items,
      sandbox: sandbox || undefined,
      webhookResponse: wantsAnswer ? (responseMode as 'lastNode' | 'respondNode') : undefined,
    });
    if (!wantsAnswer) {
      await this.runs.enqueue(execution.id);
      metrics.webhookLatency.observe(
        { response_mode: 'immediately', status: 202 },
        (performance.now() - t0) / 1000,
      );
      const status =
        node.parameters.responseStatus !== undefined ? Number(node.parameters.responseStatus) : 202;
      return {
        status,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ runId: execution.id }),
      };
    }
    const done = await this.runs.waitFor(
      execution.id,
      (e: RunEvent) =>
        e.type === 'run-finished' ||
        (responseMode === 'respondNode' && e.type === 'step-finished' && Boolean(e.webhookResponse)),
      WAIT_FOR_ANSWER_MS,
    );
    await this.runs.enqueue(execution.id);
    const event = await done.event;
    const answer = await runAnswer(this.ds, execution.id, event);
    metrics.webhookLatency.observe(
      { response_mode: responseMode, status: answer.status },
      (performance.now() - t0) / 1000,
    );
    return answer;
  }

  /** The trigger's credential (to verify signatures): the stored one, or the simulator's in a sandbox run. */
  private async triggerCredential(
    type: string | undefined,
    id: string | undefined,
    sandbox: boolean,
  ): Promise<ResolvedCredential | undefined> {
    if (!type) return undefined;
    if (sandbox) {
      const resolver = await this.sandbox.credentials();
      return id ? resolver.resolve({ id, type }) : resolver.resolveMissing?.(type);
    }
    return id ? this.credentials.resolve({ id, type }) : undefined;
  }
}

const SECRET_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'x-api-key'];

/**
 * The request's headers as the run stores them: credentials the caller sent (authorization,
 * cookies, API keys, the trigger's token header) are replaced, so that people who may read runs
 * do not learn them. Signatures stay: they prove nothing without the secret.
 */
function withoutSecrets(
  headers: Record<string, string>,
  props: Record<string, unknown>,
): Record<string, string> {
  const hidden = new Set(SECRET_HEADERS);
  if (props.auth === 'headerToken') hidden.add(String(props.headerName ?? 'x-webhook-token').toLowerCase());
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = hidden.has(name.toLowerCase()) ? '[redacted]' : value;
  return out;
}
