import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { NodeRegistry } from '@ainow/engine/sdk';
import { parametersWithDefaults, type Workflow } from '@ainow/engine/workflow';
import { ApiError } from '../common/api-error';
import { logger } from '../common/logger';
import { NODE_REGISTRY } from '../runs/run-job';
import { RunService } from '../runs/run.service';
import { WebhookHandler } from '../webhooks/webhook-handler.service';
import { normalisePath } from '../webhooks/webhook-path';
import { WebhookEntity } from '../webhooks/webhook.entity';
import { WorkflowsService } from '../workflows/workflows.service';
import { PollRunner } from './poll-runner';
import { ScheduleEntity } from './schedule.entity';
import { TRIGGER_SCHEDULER, type TriggerScheduler } from './trigger-scheduler.port';

/**
 * Turns a workflow's triggers on and off: webhook registrations (method + path, unique across
 * workflows), cron schedules and polling triggers. Ticks end here, in `fire`.
 */
@Injectable()
export class TriggersService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(NODE_REGISTRY) private readonly registry: NodeRegistry,
    @Inject(TRIGGER_SCHEDULER) private readonly scheduler: TriggerScheduler,
    private readonly workflows: WorkflowsService,
    private readonly runs: RunService,
    private readonly polls: PollRunner,
    private readonly webhooks: WebhookHandler,
  ) {}

  /** Registers every trigger of the workflow's current version (replacing earlier ones). */
  async activate(workflowId: string): Promise<void> {
    const view = await this.workflows.get(workflowId);
    const { webhooks, schedules } = this.triggersOf(view.document, workflowId);
    await this.ds.transaction(async (m) => {
      await this.checkPaths(webhooks, workflowId, m);
      await m.delete(WebhookEntity, { workflowId });
      await m.delete(ScheduleEntity, { workflowId });
      if (webhooks.length) await m.insert(WebhookEntity, webhooks);
      if (schedules.length) await m.insert(ScheduleEntity, schedules);
    });
    await this.workflows.setActive(workflowId, true);
    await this.refresh();
  }

  /** Throws what activating `doc` would throw (bad trigger settings, a webhook path in use), changing nothing. */
  async check(workflowId: string, doc: Workflow): Promise<void> {
    await this.checkPaths(this.triggersOf(doc, workflowId).webhooks, workflowId, this.ds.manager);
  }

  private async checkPaths(webhooks: WebhookEntity[], workflowId: string, m: EntityManager): Promise<void> {
    for (const hook of webhooks) {
      const taken = await m.findOneBy(WebhookEntity, { method: hook.method, path: hook.path });
      if (taken && taken.workflowId !== workflowId) {
        throw ApiError.conflict(
          'webhook_path_taken',
          `webhook ${hook.method} /webhook/${hook.path} is already used by workflow '${taken.workflowId}'; choose another path`,
        );
      }
    }
  }

  async deactivate(workflowId: string): Promise<void> {
    await this.ds.getRepository(WebhookEntity).delete({ workflowId });
    await this.ds.getRepository(ScheduleEntity).delete({ workflowId });
    await this.workflows.setActive(workflowId, false);
    await this.refresh();
  }

  /** Makes the timers match the stored schedules (at start, and after each change). */
  async refresh(): Promise<void> {
    this.webhooks.forgetRegistrations();
    await this.scheduler.sync(await this.ds.getRepository(ScheduleEntity).find());
  }

  async findWebhook(method: string, path: string): Promise<WebhookEntity | null> {
    return this.ds
      .getRepository(WebhookEntity)
      .findOneBy({ method: method.toUpperCase(), path: normalisePath(path) });
  }

  /** One tick of a schedule or polling trigger. */
  async fire(scheduleId: string, scheduledAt: string): Promise<void> {
    const schedule = await this.ds.getRepository(ScheduleEntity).findOneBy({ id: scheduleId });
    if (!schedule) return;
    await this.ds.getRepository(ScheduleEntity).update({ id: scheduleId }, { lastFiredAt: scheduledAt });
    if (schedule.kind === 'cron') {
      await this.runs.start({
        workflowId: schedule.workflowId,
        mode: 'schedule',
        startNodeId: schedule.nodeId,
        triggerItems: [{ json: { scheduledAt } }],
      });
      return;
    }
    const view = await this.workflows.get(schedule.workflowId);
    const items = await this.polls.poll(view.document, schedule.workflowId, schedule.nodeId);
    if (items.length)
      await this.runs.start({
        workflowId: schedule.workflowId,
        mode: 'poll',
        startNodeId: schedule.nodeId,
        triggerItems: items,
      });
  }

  private triggersOf(
    doc: Workflow,
    workflowId: string,
  ): { webhooks: WebhookEntity[]; schedules: ScheduleEntity[] } {
    const webhooks: WebhookEntity[] = [];
    const schedules: ScheduleEntity[] = [];
    for (const node of doc.nodes) {
      if (node.disabled) continue;
      const def = this.registry.get(node.type, node.version);
      const kind = def?.trigger?.kind;
      if (!def || !kind) continue;
      const params = parametersWithDefaults(def.props, node.parameters);
      const id = `${workflowId}:${node.id}`;
      if (kind === 'webhook') {
        const path = normalisePath(String(params.path ?? ''));
        if (!path)
          throw ApiError.badRequest(
            'invalid_trigger',
            `webhook node '${node.name}' has no path; set one before activating`,
          );
        webhooks.push({
          method: String(params.method ?? 'POST').toUpperCase(),
          path,
          workflowId,
          nodeId: node.id,
        });
      } else if (kind === 'schedule') {
        const cron = String(params.cron ?? '').trim();
        if (!cron)
          throw ApiError.badRequest('invalid_trigger', `schedule node '${node.name}' has no cron expression`);
        const timezone = String(params.timezone ?? '').trim() || doc.settings?.timezone || 'UTC';
        schedules.push({
          id,
          workflowId,
          nodeId: node.id,
          kind: 'cron',
          cron,
          timezone,
          intervalMs: null,
          lastFiredAt: null,
        });
      } else if (kind === 'poll') {
        // A node's own interval field: `pollMinutes` (what people set) or `pollIntervalMs`.
        const minutes = Number(params.pollMinutes);
        const intervalMs = Number(
          params.pollIntervalMs ??
            (Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : undefined) ??
            def.trigger?.pollIntervalMs ??
            60_000,
        );
        schedules.push({
          id,
          workflowId,
          nodeId: node.id,
          kind: 'poll',
          cron: null,
          timezone: null,
          intervalMs: Math.max(1000, intervalMs),
          lastFiredAt: null,
        });
      }
    }
    logger.debug({ workflowId, webhooks: webhooks.length, schedules: schedules.length }, 'triggers found');
    return { webhooks, schedules };
  }
}
