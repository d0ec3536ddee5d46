import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { toItems, workflowJsonSchema } from '@ainow/engine/workflow';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Roles } from '../auth/roles.decorator';
import { ApiError } from '../common/api-error';
import { RunService } from '../runs/run.service';
import { runDocument } from '../runs/run-document';
import { RuntimeStepReader } from '../runs/step-reader';
import { TriggersService } from '../triggers/triggers.service';
import { normalisePath } from '../webhooks/webhook-path';
import { WebhookListeners } from '../webhooks/webhook-listeners';
import {
  runQuerySchema,
  runWorkflowSchema,
  testWebhookSchema,
  type RunQuery,
  type RunWorkflowInput,
  type TestWebhookInput,
} from './dto/run-workflow.dto';
import { listWorkflowsSchema, type ListWorkflowsQuery } from './dto/list-workflows.dto';
import { WorkflowsService } from './workflows.service';

const workflowBody = {
  schema: workflowJsonSchema() as Record<string, unknown>,
  description: 'A workflow document, format version 1',
};

/** Workflows: save (every save a version), read, activate, run. */
@ApiTags('workflows')
@Controller('workflows')
export class WorkflowsController {
  constructor(
    private readonly workflows: WorkflowsService,
    private readonly triggers: TriggersService,
    private readonly runs: RunService,
    private readonly steps: RuntimeStepReader,
    private readonly listeners: WebhookListeners,
  ) {}

  /** Every workflow with its tags; `?tag=` (repeatable) and `?search=` (words of the name) narrow the list. */
  @Get()
  list(@Query({ schema: listWorkflowsSchema }) query: ListWorkflowsQuery) {
    return this.workflows.list(query);
  }

  @Roles('editor')
  @Post()
  @ApiBody(workflowBody as never)
  create(@Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    return this.workflows.create(body, principal.userId);
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.workflows.get(id);
  }

  @Roles('editor')
  @Put(':id')
  @ApiBody(workflowBody as never)
  async update(@Param('id') id: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal) {
    // An active workflow's new triggers must fit (free webhook paths) before the version is saved.
    if ((await this.workflows.row(id)).active) await this.triggers.check(id, this.workflows.validate(body));
    const saved = await this.workflows.update(id, body, principal.userId);
    if (saved.active) await this.triggers.activate(id);
    return saved;
  }

  @Roles('editor')
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    await this.workflows.row(id);
    await this.triggers.deactivate(id);
    await this.workflows.remove(id);
  }

  @Get(':id/versions')
  versions(@Param('id') id: string) {
    return this.workflows.versions(id);
  }

  @Get(':id/versions/:version')
  async version(@Param('id') id: string, @Param('version', ParseIntPipe) version: number) {
    return { workflowId: id, version, document: await this.workflows.version(id, version) };
  }

  @Roles('editor')
  @Post(':id/activate')
  @HttpCode(200)
  async activate(@Param('id') id: string) {
    await this.triggers.activate(id);
    return this.workflows.get(id);
  }

  @Roles('editor')
  @Post(':id/deactivate')
  @HttpCode(200)
  async deactivate(@Param('id') id: string) {
    await this.workflows.row(id);
    await this.triggers.deactivate(id);
    return this.workflows.get(id);
  }

  /** Starts a run: 202 `{ runId }`, or with `?wait=true` the document `ainow run` prints. */
  @Roles('editor')
  @Post(':id/run')
  async run(
    @Param('id') id: string,
    @Body({ schema: runWorkflowSchema }) body: RunWorkflowInput,
    @Query({ schema: runQuerySchema }) query: RunQuery,
    @Res({ passthrough: true }) res: Response,
  ) {
    const view = await this.workflows.get(id);
    const document = body.version ? await this.workflows.version(id, body.version) : view.document;
    for (const nodeId of [body.destinationNodeId, body.startNodeId]) {
      if (nodeId && !document.nodes.some((n) => n.id === nodeId))
        throw ApiError.badRequest('unknown_node', `workflow '${view.name}' has no node with id '${nodeId}'`);
    }
    const params = {
      workflowId: id,
      version: body.version,
      mode: 'manual' as const,
      triggerItems: body.items ? toItems(body.items) : undefined,
      dryRun: body.dryRun,
      sandbox: body.sandbox,
      destinationNodeId: body.destinationNodeId,
      startNodeId: body.startNodeId,
    };
    if (query.wait !== 'true') {
      const execution = await this.runs.start(params);
      res.status(202);
      return { runId: execution.id };
    }
    const { execution, ended } = await this.runs.startAndWait(params, query.timeoutMs);
    res.status(ended ? 200 : 202);
    const steps = await this.steps.load(execution.id);
    return runDocument(
      execution.id,
      ended ? execution.status : 'running',
      steps,
      document,
      execution.error,
      execution.waitUntil,
    );
  }

  /** The editor's "listen for a test event": the next request to /webhook-test/<path> runs this workflow. */
  @Roles('editor')
  @Post(':id/test-webhook')
  @HttpCode(200)
  async testWebhook(@Param('id') id: string, @Body({ schema: testWebhookSchema }) body: TestWebhookInput) {
    const view = await this.workflows.get(id);
    const node = view.document.nodes.find((n) =>
      body.nodeId ? n.id === body.nodeId : n.type === 'core.webhook',
    );
    if (!node)
      throw ApiError.badRequest(
        'no_webhook_trigger',
        `workflow '${view.name}' has no webhook trigger${body.nodeId ? ` with id '${body.nodeId}'` : ''}`,
      );
    const path = normalisePath(String(node.parameters.path ?? ''));
    const method = String(node.parameters.method ?? 'POST').toUpperCase();
    const { until } = await this.listeners.listen(method, path, id, node.id, body.ttlMs, body.sandbox);
    return { method, path: `/webhook-test/${path}`, until, sandbox: body.sandbox };
  }
}
