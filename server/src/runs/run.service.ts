import { v7 as uuidv7 } from 'uuid';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { RunQueue } from '@ainow/engine/runtime';
import type { RunInfo } from '@ainow/engine/sdk';
import type { Item } from '@ainow/engine/workflow';
import { ApiError } from '../common/api-error';
import { nowIso } from '../common/clock';
import { ExecutionStepEntity } from '../executions/execution-step.entity';
import { ExecutionEntity, FINISHED, type ExecutionOptions } from '../executions/execution.entity';
import { ExecutionItemsEntity } from '../executions/execution-items.entity';
import { ExecutionStore } from '../executions/execution-store';
import { WorkflowsService } from '../workflows/workflows.service';
import { RunEvents, type RunEvent } from './run-events';
import { RUN_QUEUE } from './run-job';

export interface StartRun extends ExecutionOptions {
  workflowId: string;
  /** Default: the workflow's current version. */
  version?: number;
  mode: RunInfo['mode'];
}

/**
 * Starts, retries, cancels and resumes runs. Starting writes the execution row and enqueues
 * `{ runId }`; a worker does the rest (RunWorker).
 */
@Injectable()
export class RunService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(RUN_QUEUE) private readonly queue: RunQueue,
    private readonly workflows: WorkflowsService,
    private readonly events: RunEvents,
    private readonly store: ExecutionStore,
  ) {}

  async start(params: StartRun): Promise<ExecutionEntity> {
    const row = await this.create(params);
    await this.queue.enqueue({ runId: row.id, kind: 'start' }, { jobId: row.id });
    return row;
  }

  /** Enqueues a run created with `create` (subscribe to its events first when waiting for them). */
  async enqueue(runId: string): Promise<void> {
    await this.queue.enqueue({ runId, kind: 'start' }, { jobId: runId });
  }

  /** Starts a run and waits until it ends or waits (or `timeoutMs` passes). */
  async startAndWait(
    params: StartRun,
    timeoutMs: number,
  ): Promise<{ execution: ExecutionEntity; ended: boolean }> {
    const row = await this.create(params);
    const ended = await this.events.waitFor(row.id, (e) => e.type === 'run-finished', timeoutMs);
    await this.queue.enqueue({ runId: row.id, kind: 'start' }, { jobId: row.id });
    const event = await ended.event;
    return { execution: await this.get(row.id), ended: Boolean(event) };
  }

  async create(params: StartRun): Promise<ExecutionEntity> {
    const workflow = await this.workflows.recentRow(params.workflowId);
    const version = params.version ?? workflow.version;
    const { workflowId: _w, version: _v, mode, ...options } = params;
    const row: ExecutionEntity = {
      // Time-ordered (UUIDv7): new runs, their steps and item pages land at the end of their
      // tables' B-trees instead of on random pages, so a batch of runs touches a few pages, not
      // several per run (embedded: about 1.6x the runs/s on a slow disk).
      id: uuidv7(),
      workflowId: workflow.id,
      workflowVersion: version,
      workflowName: workflow.name,
      status: 'queued',
      mode,
      createdAt: nowIso(),
      startedAt: null,
      finishedAt: null,
      waitUntil: null,
      error: null,
      options: stripUndefined(options),
      resumeToken: null,
      retryOf: null,
      attempts: 0,
    };
    await this.store.insert(row);
    return row;
  }

  async get(id: string): Promise<ExecutionEntity> {
    const row = await this.ds.getRepository(ExecutionEntity).findOneBy({ id });
    if (!row) throw ApiError.notFound('execution', id);
    return row;
  }

  /** Re-runs a failed or cancelled run in place from its failed step: finished steps are kept, the ledger stops repeats. */
  async retry(id: string): Promise<ExecutionEntity> {
    const row = await this.get(id);
    if (row.status !== 'failed' && row.status !== 'cancelled') {
      throw ApiError.conflict(
        'not_retryable',
        `execution '${id}' is ${row.status}; only failed or cancelled runs can be retried`,
      );
    }
    const failed = await this.ds
      .getRepository(ExecutionStepEntity)
      .find({ where: { executionId: id, status: In(['error', 'cancelled']) }, select: { index: true } });
    await this.ds.transaction(async (m) => {
      for (const step of failed) {
        await m.delete(ExecutionItemsEntity, { executionId: id, stepIndex: step.index });
        await m.delete(ExecutionStepEntity, { executionId: id, index: step.index });
      }
      await m.update(ExecutionEntity, { id }, { status: 'queued', error: null, finishedAt: null });
    });
    await this.queue.enqueue({ runId: id, kind: 'retry' }, { jobId: `${id}:retry:${Date.now()}` });
    return this.get(id);
  }

  async cancel(id: string): Promise<ExecutionEntity> {
    const row = await this.get(id);
    if (FINISHED.includes(row.status))
      throw ApiError.conflict('already_finished', `execution '${id}' already ended (${row.status})`);
    await this.ds
      .getRepository(ExecutionEntity)
      .update(
        { id },
        { status: 'cancelled', finishedAt: nowIso(), error: { message: 'the run was cancelled' } },
      );
    this.events.publish({ type: 'cancel', runId: id });
    if (row.status !== 'running')
      this.events.publish({
        type: 'run-finished',
        runId: id,
        status: 'cancelled',
        error: { message: 'the run was cancelled' },
      });
    return this.get(id);
  }

  /** Resumes a run paused in a Wait node (resume URL, or the API). */
  async resume(id: string): Promise<ExecutionEntity> {
    const row = await this.get(id);
    if (row.status !== 'waiting')
      throw ApiError.conflict(
        'not_waiting',
        `execution '${id}' is ${row.status}, not waiting; only waiting runs can be resumed`,
      );
    // A resume job goes on only when the run's waitUntil is due (see RunWorker): due now.
    const now = nowIso();
    await this.store.update(id, { waitUntil: now }, ['waiting']);
    await this.queue.enqueue({ runId: id, kind: 'resume' }, { jobId: `${id}:resume:${now}` });
    return row;
  }

  /** Waits for events of a run (webhooks in lastNode / respondNode mode). */
  waitFor(runId: string, until: (event: RunEvent) => boolean, timeoutMs: number) {
    return this.events.waitFor(runId, until, timeoutMs);
  }
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export type { Item };
