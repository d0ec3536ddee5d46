import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThan, type DataSource } from 'typeorm';
import { logger } from '../common/logger';
import { SERVER_CONFIG, type ServerConfig } from '../config/config';
import { ExecutionItemsEntity } from '../executions/execution-items.entity';
import { ExecutionStepEntity } from '../executions/execution-step.entity';
import { ExecutionEntity } from '../executions/execution.entity';
import { EffectLedgerEntity } from '../runs/effect-ledger.entity';

const FINISHED = ['success', 'failed', 'cancelled'];

/**
 * Execution retention: finished runs older than AINOW_EXECUTIONS_MAX_AGE_DAYS, and the oldest
 * beyond AINOW_EXECUTIONS_MAX_COUNT, are deleted with their steps, items and ledger entries.
 * Waiting and running runs are never pruned. 0 turns a limit off.
 *
 * @example
 * await retention.prune(); // { deleted: 120 }
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(SERVER_CONFIG) private readonly config: ServerConfig,
  ) {}

  async prune(now = new Date()): Promise<{ deleted: number }> {
    const repo = this.ds.getRepository(ExecutionEntity);
    const ids = new Set<string>();
    if (this.config.AINOW_EXECUTIONS_MAX_AGE_DAYS > 0) {
      const before = new Date(
        now.getTime() - this.config.AINOW_EXECUTIONS_MAX_AGE_DAYS * 86_400_000,
      ).toISOString();
      const old = await repo.find({
        where: { status: In(FINISHED), createdAt: LessThan(before) },
        select: { id: true },
        take: 5000,
      });
      old.forEach((r) => ids.add(r.id));
    }
    if (this.config.AINOW_EXECUTIONS_MAX_COUNT > 0) {
      const extra = await repo.find({
        where: { status: In(FINISHED) },
        order: { createdAt: 'DESC' },
        skip: this.config.AINOW_EXECUTIONS_MAX_COUNT,
        take: 5000,
        select: { id: true },
      });
      extra.forEach((r) => ids.add(r.id));
    }
    const list = [...ids];
    for (let i = 0; i < list.length; i += 200) {
      const chunk = list.slice(i, i + 200);
      await this.ds.transaction(async (m) => {
        await m.delete(ExecutionItemsEntity, { executionId: In(chunk) });
        await m.delete(ExecutionStepEntity, { executionId: In(chunk) });
        await m.delete(EffectLedgerEntity, { runId: In(chunk) });
        await m.delete(ExecutionEntity, { id: In(chunk) });
      });
    }
    if (list.length) logger.info({ deleted: list.length }, 'pruned old executions');
    return { deleted: list.length };
  }
}
