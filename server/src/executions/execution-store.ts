import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TurnBatch } from '../common/turn-batch';
import { rawInsert } from '../db/raw-insert';
import { renderSql, sql, type Statement } from '../db/sql';
import { sqliteDirect, sqliteWrite } from '../db/sqlite-direct';
import type { ExecutionEntity, ExecutionStatus } from './execution.entity';

const COLUMNS: Array<keyof ExecutionEntity> = [
  'id',
  'workflowId',
  'workflowVersion',
  'workflowName',
  'status',
  'mode',
  'createdAt',
  'startedAt',
  'finishedAt',
  'waitUntil',
  'error',
  'options',
  'resumeToken',
  'retryOf',
  'attempts',
];
const JSON_COLUMNS = new Set<keyof ExecutionEntity>(['error', 'options']);

/**
 * The execution row operations a run does on its way (create, read, mark running, end), in plain
 * SQL: they run several times per run, and TypeORM's query builder costs more than the statement.
 * Reads and writes of everything else go through the repositories.
 *
 * @example
 * await store.insert(row);
 * await store.update(row.id, { status: 'running' });
 */
@Injectable()
export class ExecutionStore {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async insert(row: ExecutionEntity): Promise<void> {
    await rawInsert(this.ds, 'executions', COLUMNS, [
      COLUMNS.map((c) => (JSON_COLUMNS.has(c) ? json(row[c]) : row[c])),
    ]);
  }

  async find(id: string): Promise<ExecutionEntity | undefined> {
    if (this.ds.options.type === 'postgres') return this.finds.call(id);
    const [row] = await sql<Record<string, unknown>>(this.ds, 'SELECT * FROM {executions} WHERE "id" = ?', [
      id,
    ]);
    return row ? toEntity(row) : undefined;
  }

  /** PostgreSQL: the runs looked up in one turn of the event loop, read with one query. */
  private readonly finds = new TurnBatch<string, ExecutionEntity | undefined>(async (ids) => {
    const unique = [...new Set(ids)];
    const rows = await sql<Record<string, unknown>>(
      this.ds,
      `SELECT * FROM {executions} WHERE "id" IN (${unique.map(() => '?').join(', ')})`,
      unique,
    );
    const byId = new Map(rows.map((row) => [String(row.id), toEntity(row)]));
    return ids.map((id) => byId.get(id));
  });

  /** Sets fields; with `onlyIf`, only while the run's status is one of those. */
  async update(id: string, fields: Partial<ExecutionEntity>, onlyIf?: ExecutionStatus[]): Promise<void> {
    const { text, params } = this.updateSql(id, fields, onlyIf);
    await sql(this.ds, text, params);
  }

  /**
   * Marks a queued run `running` (with `fields`) if fewer than `limit` other runs of its workflow
   * are running, atomically, so that workers on any number of machines never exceed the limit:
   * on PostgreSQL under a transaction-scoped advisory lock of the workflow, on SQLite (one
   * process) in one synchronous transaction. Answers whether the run got its place.
   */
  async claimWithinLimit(
    run: Pick<ExecutionEntity, 'id' | 'workflowId'>,
    limit: number,
    fields: Partial<ExecutionEntity>,
  ): Promise<boolean> {
    const count = renderSql(
      this.ds,
      'SELECT COUNT(*) AS "n" FROM {executions} WHERE "workflowId" = ? AND "status" = ? AND "id" <> ?',
      [run.workflowId, 'running', run.id],
    );
    const mark = this.updateStatement(run.id, fields, ['queued']);
    if (this.ds.options.type === 'postgres') {
      return this.ds.transaction(async (m) => {
        await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ainow:concurrency:${run.workflowId}`]);
        const [{ n }] = (await m.query(count.text, count.params)) as [{ n: string | number }];
        if (Number(n) >= limit) return false;
        await m.query(mark.text, mark.params);
        return true;
      });
    }
    let claimed = false;
    // The work may run twice (a batch retried write by write): each time it decides afresh.
    const written = sqliteWrite(this.ds, () => {
      const [{ n }] = sqliteDirect(this.ds, count.text, count.params) as [{ n: number }];
      claimed = n < limit;
      if (claimed) sqliteDirect(this.ds, mark.text, mark.params);
    });
    if (!written) throw new Error('claimWithinLimit needs PostgreSQL or the SQLite connection');
    await written;
    return claimed;
  }

  /** The statement `update` runs, in the driver's dialect, to run inside another write. */
  updateStatement(id: string, fields: Partial<ExecutionEntity>, onlyIf?: ExecutionStatus[]): Statement {
    const { text, params } = this.updateSql(id, fields, onlyIf);
    return renderSql(this.ds, text, params);
  }

  private updateSql(id: string, fields: Partial<ExecutionEntity>, onlyIf?: ExecutionStatus[]) {
    const names = Object.keys(fields) as Array<keyof ExecutionEntity>;
    const sets = names.map((c) => `"${c}" = ?`).join(', ');
    const values = names.map((c) => (JSON_COLUMNS.has(c) ? json(fields[c]) : fields[c]));
    const guard = onlyIf?.length ? ` AND "status" IN (${onlyIf.map(() => '?').join(', ')})` : '';
    return {
      text: `UPDATE {executions} SET ${sets} WHERE "id" = ?${guard}`,
      params: [...values, id, ...(onlyIf ?? [])],
    };
  }
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

function toEntity(row: Record<string, unknown>): ExecutionEntity {
  return {
    ...(row as unknown as ExecutionEntity),
    workflowVersion: Number(row.workflowVersion),
    attempts: Number(row.attempts),
    error: row.error ? (JSON.parse(String(row.error)) as ExecutionEntity['error']) : null,
    options: row.options ? (JSON.parse(String(row.options)) as ExecutionEntity['options']) : {},
  };
}
