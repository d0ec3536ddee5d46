import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import type { RunQueue } from '@ainow/engine/runtime';
import { Public } from '../auth/roles.decorator';
import { metrics, metricsRegistry } from '../common/metrics';
import { ExecutionEntity } from '../executions/execution.entity';
import { RUN_QUEUE } from '../runs/run-job';

/** Liveness, readiness (database and queue reachable) and Prometheus metrics. */
@ApiTags('health')
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(RUN_QUEUE) private readonly queue: RunQueue,
  ) {}

  @Public()
  @Get('healthz')
  health() {
    return { status: 'ok' };
  }

  @Public()
  @Get('readyz')
  async ready(@Res({ passthrough: true }) res: Response) {
    const checks: Record<string, string> = {};
    try {
      await this.ds.query('SELECT 1');
      checks.database = 'ok';
    } catch (error) {
      checks.database = `unreachable: ${(error as Error).message}`;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.queue.counts(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer in 2 s')), 2000))),
      ]);
      checks.queue = 'ok';
    } catch (error) {
      checks.queue = `unreachable: ${(error as Error).message}`;
    } finally {
      clearTimeout(timer);
    }
    const ok = Object.values(checks).every((v) => v === 'ok');
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ready' : 'not ready', checks };
  }

  @Public()
  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  async metrics(): Promise<string> {
    const counts = await this.queue.counts().catch(() => undefined);
    if (counts) for (const [state, n] of Object.entries(counts)) metrics.queueJobs.set({ state }, n);
    metrics.waitingRuns.set(await this.ds.getRepository(ExecutionEntity).countBy({ status: 'waiting' }));
    return metricsRegistry.metrics();
  }
}
