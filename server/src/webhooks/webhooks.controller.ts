import { All, Controller, Query, Req, Res, Param, Inject, HttpCode } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { WebhookRequest } from '@ainow/engine/sdk';
import { Public } from '../auth/roles.decorator';
import { ApiError } from '../common/api-error';
import { CREDENTIAL_KEY } from '../credentials/credential-key';
import { checkResumeToken } from '../runs/resume-token';
import { RunService } from '../runs/run.service';
import { normalisePath } from './webhook-path';
import { WebhookHandler } from './webhook-handler.service';
import type { WebhookAnswer } from './webhook-answer';
import { WebhookListeners } from './webhook-listeners';

/** `ANY /webhook/<path>`, `ANY /webhook-test/<path>`, and resume URLs `/webhook-waiting/<runId>`. */
@ApiTags('webhooks')
@Controller()
export class WebhooksController {
  constructor(
    private readonly handler: WebhookHandler,
    private readonly listeners: WebhookListeners,
    private readonly runs: RunService,
    @Inject(CREDENTIAL_KEY) private readonly key: Buffer,
  ) {}

  @Public()
  @All('webhook/*path')
  @ApiExcludeEndpoint()
  async production(@Req() req: Request, @Res() res: Response): Promise<void> {
    send(res, await this.handler.production(toWebhookRequest(req, '/webhook/')));
  }

  @Public()
  @All('webhook-test/*path')
  @ApiExcludeEndpoint()
  async test(@Req() req: Request, @Res() res: Response): Promise<void> {
    const request = toWebhookRequest(req, '/webhook-test/');
    const listener = await this.listeners.take(request.method, normalisePath(request.path));
    if (!listener) {
      throw new ApiError(
        404,
        'webhook_not_listening',
        `nothing listens on ${request.method} /webhook-test/${normalisePath(request.path)}; click "Listen for test event" in the editor first`,
      );
    }
    send(
      res,
      await this.handler.handle(request, listener.workflowId, listener.nodeId, 'test', listener.sandbox),
    );
  }

  /** GET too, so that an approval link in an email works when clicked. */
  @Public()
  @All('webhook-waiting/:runId')
  @HttpCode(202)
  @ApiExcludeEndpoint()
  async resume(@Param('runId') runId: string, @Query('token') token: string | undefined) {
    if (!token || !checkResumeToken(this.key, runId, token)) {
      throw new ApiError(
        401,
        'invalid_resume_token',
        'the resume URL is not valid; use $execution.resumeUrl exactly as the run gave it',
      );
    }
    await this.runs.resume(runId);
    return { runId, status: 'resuming' };
  }
}

function toWebhookRequest(req: Request, prefix: string): WebhookRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.query))
    query[name] = Array.isArray(value) ? String(value[0]) : String(value);
  const rawBody = req.rawBody?.toString('utf8') ?? '';
  const body =
    req.body !== undefined &&
    !(
      typeof req.body === 'object' &&
      req.body !== null &&
      Object.keys(req.body).length === 0 &&
      rawBody === ''
    )
      ? req.body
      : rawBody || undefined;
  return {
    method: req.method.toUpperCase(),
    url: `${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`,
    path: decodeURIComponent(req.path.slice(prefix.length)),
    headers,
    query,
    body,
    rawBody,
  };
}

function send(res: Response, answer: WebhookAnswer): void {
  res.status(answer.status);
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.end(answer.body);
}
