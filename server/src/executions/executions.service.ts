import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { And, Equal, LessThan, MoreThanOrEqual, type DataSource, type FindOptionsWhere } from 'typeorm';
import type { Item } from '@ainow/engine/workflow';
import { ApiError } from '../common/api-error';
import { ExecutionItemsEntity, ITEMS_PAGE_SIZE } from './execution-items.entity';
import { ExecutionStepEntity } from './execution-step.entity';
import { ExecutionEntity } from './execution.entity';
import type { ItemsPageQuery, ListExecutionsQuery } from './dto/execution.dto';

/** Reading runs: lists with filters and cursor paging, one run with its steps, items page by page. */
@Injectable()
export class ExecutionsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Newest first; the cursor is the (createdAt, id) of the last row, so runs created in the same millisecond are not skipped. */
  async list(query: ListExecutionsQuery) {
    const base: FindOptionsWhere<ExecutionEntity> = {};
    if (query.workflowId) base.workflowId = query.workflowId;
    if (query.status) base.status = query.status;
    const range = (upper?: string, inclusive = false) => {
      const below = upper ? (inclusive ? Equal(upper) : LessThan(upper)) : undefined;
      if (query.from && below) return And(MoreThanOrEqual(query.from), below);
      return query.from ? MoreThanOrEqual(query.from) : below;
    };
    const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
    let where: FindOptionsWhere<ExecutionEntity> | FindOptionsWhere<ExecutionEntity>[];
    if (cursor && !(query.to && query.to <= cursor.createdAt)) {
      where = [
        { ...base, createdAt: range(cursor.createdAt) },
        { ...base, createdAt: range(cursor.createdAt, true), id: LessThan(cursor.id) },
      ];
    } else {
      const createdAt = range(query.to);
      where = createdAt ? { ...base, createdAt } : base;
    }
    const rows = await this.ds
      .getRepository(ExecutionEntity)
      .find({ where, order: { createdAt: 'DESC', id: 'DESC' }, take: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      data: page.map(({ options, resumeToken: _r, ...rest }) => ({
        ...rest,
        dryRun: options?.dryRun === true,
        sandbox: options?.sandbox === true,
      })),
      nextCursor: rows.length > query.limit ? encodeCursor(last.createdAt, last.id) : null,
    };
  }

  async get(id: string, itemsPerPort: number) {
    const execution = await this.ds.getRepository(ExecutionEntity).findOneBy({ id });
    if (!execution) throw ApiError.notFound('execution', id);
    const steps = await this.ds
      .getRepository(ExecutionStepEntity)
      .find({ where: { executionId: id }, order: { index: 'ASC' } });
    const firstPages = itemsPerPort
      ? await this.ds
          .getRepository(ExecutionItemsEntity)
          .find({ where: { executionId: id, page: 0 }, order: { stepIndex: 'ASC' } })
      : [];
    const byStep = new Map<number, Record<string, Item[]>>();
    for (const page of firstPages) {
      const ports = byStep.get(page.stepIndex) ?? {};
      ports[page.port] = (JSON.parse(page.items) as Item[]).slice(0, itemsPerPort);
      byStep.set(page.stepIndex, ports);
    }
    const { resumeToken: _r, ...rest } = execution;
    return {
      ...rest,
      steps: steps.map(({ executionId: _e, ...step }) => ({
        ...step,
        items: byStep.get(step.index) ?? {},
        itemsPageSize: ITEMS_PAGE_SIZE,
      })),
    };
  }

  async items(id: string, stepIndex: number, query: ItemsPageQuery) {
    const step = await this.ds
      .getRepository(ExecutionStepEntity)
      .findOneBy({ executionId: id, index: stepIndex });
    if (!step) throw ApiError.notFound('step', `${id}#${stepIndex}`);
    const total = step.itemsOut[query.port];
    if (total === undefined) {
      throw ApiError.badRequest(
        'unknown_port',
        `step ${stepIndex} (${step.nodeName}) has no output port '${query.port}'; ports are ${Object.keys(step.itemsOut).join(', ')}`,
      );
    }
    const page = await this.ds
      .getRepository(ExecutionItemsEntity)
      .findOneBy({ executionId: id, stepIndex, port: query.port, page: query.page });
    const pages = Math.ceil(total / ITEMS_PAGE_SIZE);
    return {
      port: query.port,
      page: query.page,
      pageSize: ITEMS_PAGE_SIZE,
      total,
      pages,
      items: page ? (JSON.parse(page.items) as Item[]) : [],
      nextPage: query.page + 1 < pages ? query.page + 1 : null,
    };
  }

  async remove(id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const result = await m.delete(ExecutionEntity, { id });
      if (!result.affected) throw ApiError.notFound('execution', id);
      await m.delete(ExecutionStepEntity, { executionId: id });
      await m.delete(ExecutionItemsEntity, { executionId: id });
    });
  }
}

const encodeCursor = (createdAt: string, id: string) =>
  Buffer.from(`${createdAt}|${id}`).toString('base64url');
function decodeCursor(cursor: string): { createdAt: string; id: string } {
  const [createdAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!/^\d{4}-\d{2}-\d{2}T/.test(createdAt ?? '') || !id)
    throw ApiError.badRequest(
      'invalid_cursor',
      'the cursor is not one this API gave out; use nextCursor from the previous page',
    );
  return { createdAt, id };
}
