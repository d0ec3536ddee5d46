import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../auth/roles.decorator';
import { RunEvents, type RunEvent, type StepInFlight } from '../runs/run-events';
import { RunService } from '../runs/run.service';
import {
  itemsPageSchema,
  listExecutionsSchema,
  readExecutionSchema,
  type ItemsPageQuery,
  type ListExecutionsQuery,
  type ReadExecutionQuery,
} from './dto/execution.dto';
import { FINISHED } from './execution.entity';
import { ExecutionsService } from './executions.service';

/** Runs: list, read (items page by page), live events, retry, cancel, resume. */
@ApiTags('executions')
@Controller('executions')
export class ExecutionsController {
  constructor(
    private readonly executions: ExecutionsService,
    private readonly runs: RunService,
    private readonly events: RunEvents,
  ) {}

  @Get()
  list(@Query({ schema: listExecutionsSchema }) query: ListExecutionsQuery) {
    return this.executions.list(query);
  }

  @Get(':id')
  get(@Param('id') id: string, @Query({ schema: readExecutionSchema }) query: ReadExecutionQuery) {
    return this.executions.get(id, query.items);
  }

  @Get(':id/steps/:index/items')
  items(
    @Param('id') id: string,
    @Param('index', ParseIntPipe) index: number,
    @Query({ schema: itemsPageSchema }) query: ItemsPageQuery,
  ) {
    return this.executions.items(id, index, query);
  }

  @Roles('editor')
  @Post(':id/retry')
  @HttpCode(202)
  async retry(@Param('id') id: string) {
    const row = await this.runs.retry(id);
    return { runId: row.id, status: row.status };
  }

  @Roles('editor')
  @Post(':id/cancel')
  @HttpCode(200)
  async cancel(@Param('id') id: string) {
    const row = await this.runs.cancel(id);
    return { runId: row.id, status: row.status };
  }

  @Roles('editor')
  @Post(':id/resume')
  @HttpCode(202)
  async resume(@Param('id') id: string) {
    const row = await this.runs.resume(id);
    return { runId: row.id, status: 'resuming' };
  }

  @Roles('editor')
  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    await this.executions.remove(id);
  }

  /**
   * Server-sent events: a `snapshot` first (the run with its finished steps, and in `running` the
   * steps started and not yet finished), then `step-started`, `step-finished`, `run-finished`.
   */
  @Get(':id/events')
  async stream(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    // Listen before reading, so that nothing that happens meanwhile is missed; what arrives
    // before the snapshot is sent goes out after it.
    let early: RunEvent[] | undefined = [];
    let closed = false;
    const timer: { poll?: NodeJS.Timeout } = {};
    const off = await this.events.listen(id, (event: RunEvent) => {
      if (event.type === 'cancel' || closed) return;
      if (early) early.push(event);
      else forward(event);
    });
    const close = () => {
      if (closed) return;
      closed = true;
      off();
      clearInterval(timer.poll);
      res.end();
    };
    let snapshot: Awaited<ReturnType<ExecutionsService['get']>>;
    let running: StepInFlight[];
    try {
      [snapshot, running] = await Promise.all([this.executions.get(id, 0), this.events.stepsInFlight(id)]);
    } catch (error) {
      off();
      throw error;
    }
    res.status(200).set({
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    const send = (type: string, data: unknown) =>
      res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
    const forward = (event: RunEvent) => {
      if (closed) return;
      send(event.type, event);
      if (event.type === 'run-finished' && event.status !== 'waiting') close();
    };
    const finishedIndexes = new Set(snapshot.steps.map((step) => step.index));
    send('snapshot', { ...snapshot, running: running.filter((step) => !finishedIndexes.has(step.index)) });
    if (FINISHED.includes(snapshot.status)) {
      close();
      return;
    }
    const buffered = early;
    early = undefined;
    for (const event of buffered) forward(event);
    if (closed) return;
    // Another process may run the run without Redis events (or a message may be lost): poll the status too.
    timer.poll = setInterval(async () => {
      const row = await this.runs.get(id).catch(() => undefined);
      if (!row || FINISHED.includes(row.status)) {
        if (row)
          send('run-finished', { type: 'run-finished', runId: id, status: row.status, error: row.error });
        close();
      } else res.write(': keep-alive\n\n');
    }, 2000);
    req.on('close', () => {
      closed = true;
      off();
      clearInterval(timer.poll);
    });
  }
}
