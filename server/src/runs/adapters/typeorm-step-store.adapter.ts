import type { DataSource } from 'typeorm';
import type { StepRecord, StepStore } from '@ainow/engine/runtime';
import type { Item } from '@ainow/engine/workflow';
import { ExecutionItemsEntity, ITEMS_PAGE_SIZE } from '../../executions/execution-items.entity';
import { ExecutionStepEntity } from '../../executions/execution-step.entity';
import { insertStatements, rawInsert } from '../../db/raw-insert';
import type { Statement } from '../../db/sql';
import { pgWrite } from '../../db/pg-direct';
import { sqliteDirect, sqliteWrite } from '../../db/sqlite-direct';

/** Replaces secret values in stored data (credentials used by the run). */
export type Redact = <T>(value: T) => T;

/**
 * Step records in the database: one `execution_steps` row per step, its items in pages of 100
 * in `execution_items`. The step row and its pages are written in one transaction, so a stored
 * step is always whole. A Wait step saved again when resumed replaces its earlier record.
 *
 * @example
 * const store = new TypeOrmStepStore(dataSource, redact);
 * await store.saveStep(step);
 */
export class TypeOrmStepStore implements StepStore {
  /** Indexes of this run's steps already in the database (a resumed Wait step is written again). */
  private readonly stored = new Set<number>();
  /** Statements to commit with the next step written (see `withNextSave`). */
  private prelude: Statement[] = [];

  constructor(
    private readonly ds: DataSource,
    private readonly redact: Redact = (v) => v,
  ) {}

  /**
   * Commits `statement` in the same transaction as the next step this store writes (the run's
   * "running" mark goes with its first step: one commit instead of two). A run that ends before
   * writing any step commits it with `writePending`.
   */
  withNextSave(statement: Statement): void {
    this.prelude.push(statement);
  }

  /** Commits what `withNextSave` holds, when no step took it (a run that ended before its first step). */
  async writePending(): Promise<void> {
    const statements = this.prelude;
    this.prelude = [];
    if (!statements.length) return;
    const written =
      pgWrite(this.ds, statements) ??
      sqliteWrite(this.ds, () => statements.forEach((s) => sqliteDirect(this.ds, s.text, s.params)));
    if (written) return written;
    for (const statement of statements) await this.ds.query(statement.text, statement.params);
  }

  async saveStep(raw: StepRecord): Promise<void> {
    const prelude = this.prelude;
    this.prelude = [];
    try {
      await this.write(raw, prelude);
    } catch (error) {
      this.prelude = [...prelude, ...this.prelude];
      throw error;
    }
  }

  private async write(raw: StepRecord, prelude: Statement[]): Promise<void> {
    const step = this.redact(raw);
    const row: ExecutionStepEntity = {
      executionId: step.runId,
      index: step.index,
      nodeId: step.nodeId,
      nodeName: step.nodeName,
      nodeType: step.nodeType,
      runIndex: step.runIndex,
      status: step.status,
      startedAt: step.startedAt,
      finishedAt: step.finishedAt,
      durationMs: step.durationMs,
      itemsIn: step.itemsIn,
      itemsOut: step.itemsOut,
      input: step.input,
      error: step.error ?? null,
      retries: step.retries,
      logs: step.logs,
      waitUntil: step.waitUntil ?? null,
      pinned: step.pinned ?? false,
      dryRun: step.dryRun ?? false,
      response: step.response ?? null,
    };
    const pages: ExecutionItemsEntity[] = [];
    for (const [port, items] of Object.entries(step.output)) {
      for (let page = 0; page * ITEMS_PAGE_SIZE < items.length; page++) {
        const slice = items.slice(page * ITEMS_PAGE_SIZE, (page + 1) * ITEMS_PAGE_SIZE);
        pages.push({
          executionId: step.runId,
          stepIndex: step.index,
          port,
          page,
          count: slice.length,
          items: JSON.stringify(slice),
        });
      }
    }
    const fresh = !this.stored.has(step.index);
    this.stored.add(step.index);
    const itemRows = pages.map((p) => ITEM_COLUMNS.map((c) => p[c]));
    if (fresh) {
      const stepRow = [STEP_COLUMNS.map((c) => stepValue(row, c))];
      // Both atomically, committed with the other writes of this event-loop turn.
      const statements = [
        ...prelude,
        ...insertStatements(this.ds.options, 'execution_items', ITEM_COLUMNS, itemRows, ITEM_KEY),
        ...insertStatements(this.ds.options, 'execution_steps', STEP_COLUMNS, stepRow),
      ];
      const written =
        pgWrite(this.ds, statements) ??
        sqliteWrite(this.ds, () => statements.forEach((s) => sqliteDirect(this.ds, s.text, s.params)));
      if (written) return written;
      // Not batched (values that cannot be literals): the prelude first, then the step.
      for (const statement of prelude) await this.ds.query(statement.text, statement.params);
      // PostgreSQL: one statement, the item pages in a data-modifying WITH, so one round trip
      // writes the whole step atomically.
      const items = insertStatements(this.ds.options, 'execution_items', ITEM_COLUMNS, itemRows, ITEM_KEY);
      if (items.length === 1) {
        const [step] = insertStatements(
          this.ds.options,
          'execution_steps',
          STEP_COLUMNS,
          stepRow,
          undefined,
          items[0].params.length,
        );
        await this.ds.query(`WITH pages AS (${items[0].text}) ${step.text}`, [
          ...items[0].params,
          ...step.params,
        ]);
        return;
      }
      // Many pages: items first, then the step row. A step row exists only once its items do;
      // items a dead worker left without a step row are overwritten when the step runs again, and
      // pages past the step's counts are never read.
      await rawInsert(this.ds, 'execution_items', ITEM_COLUMNS, itemRows, ITEM_KEY);
      await rawInsert(this.ds, 'execution_steps', STEP_COLUMNS, stepRow);
      return;
    }
    await this.ds.transaction(async (m) => {
      for (const statement of prelude) await m.query(statement.text, statement.params);
      await m.delete(ExecutionItemsEntity, { executionId: step.runId, stepIndex: step.index });
      // simple-json columns hold typed JSON that TypeORM's deep-partial type cannot follow
      await m.upsert(ExecutionStepEntity, row as never, ['executionId', 'index']);
      await rawInsert(m, 'execution_items', ITEM_COLUMNS, itemRows);
    });
  }

  async loadSteps(runId: string): Promise<StepRecord[]> {
    const rows = await this.ds
      .getRepository(ExecutionStepEntity)
      .find({ where: { executionId: runId }, order: { index: 'ASC' } });
    for (const row of rows) this.stored.add(row.index);
    if (!rows.length) return [];
    const pages = await this.ds
      .getRepository(ExecutionItemsEntity)
      .find({ where: { executionId: runId }, order: { stepIndex: 'ASC', port: 'ASC', page: 'ASC' } });
    const outputs = new Map<number, Record<string, Item[]>>();
    const rowsByIndex = new Map(rows.map((r) => [r.index, r]));
    for (const page of pages) {
      const counts = rowsByIndex.get(page.stepIndex)?.itemsOut;
      if (!counts || page.page * ITEMS_PAGE_SIZE >= (counts[page.port] ?? 0)) continue;
      const output = outputs.get(page.stepIndex) ?? {};
      (output[page.port] ??= []).push(...(JSON.parse(page.items) as Item[]));
      outputs.set(page.stepIndex, output);
    }
    return rows.map((row) => toStepRecord(row, outputs.get(row.index) ?? emptyPorts(row.itemsOut)));
  }
}

const STEP_COLUMNS: Array<keyof ExecutionStepEntity> = [
  'executionId',
  'index',
  'nodeId',
  'nodeName',
  'nodeType',
  'runIndex',
  'status',
  'startedAt',
  'finishedAt',
  'durationMs',
  'itemsIn',
  'itemsOut',
  'input',
  'error',
  'retries',
  'logs',
  'waitUntil',
  'pinned',
  'dryRun',
  'response',
];
const JSON_COLUMNS = new Set<keyof ExecutionStepEntity>(['itemsOut', 'input', 'error', 'logs', 'response']);
const ITEM_COLUMNS: Array<keyof ExecutionItemsEntity> = [
  'executionId',
  'stepIndex',
  'port',
  'page',
  'count',
  'items',
];
const ITEM_KEY = { conflict: ['executionId', 'stepIndex', 'port', 'page'], update: ['count', 'items'] };

function stepValue(row: ExecutionStepEntity, column: keyof ExecutionStepEntity): unknown {
  const value = row[column];
  if (!JSON_COLUMNS.has(column)) return value;
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function emptyPorts(counts: Record<string, number>): Record<string, Item[]> {
  return Object.fromEntries(Object.keys(counts).map((port) => [port, []]));
}

export function toStepRecord(row: ExecutionStepEntity, output: Record<string, Item[]>): StepRecord {
  return {
    runId: row.executionId,
    index: row.index,
    nodeId: row.nodeId,
    nodeName: row.nodeName,
    nodeType: row.nodeType,
    runIndex: row.runIndex,
    status: row.status,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    durationMs: row.durationMs,
    input: row.input,
    itemsIn: row.itemsIn,
    output: { ...emptyPorts(row.itemsOut), ...output },
    itemsOut: row.itemsOut,
    error: row.error ?? undefined,
    retries: row.retries,
    logs: row.logs,
    waitUntil: row.waitUntil ?? undefined,
    pinned: row.pinned || undefined,
    dryRun: row.dryRun || undefined,
    ...(row.response ? { response: row.response } : {}),
  };
}
