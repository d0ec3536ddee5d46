import type { DataSource, EntityManager } from 'typeorm';
import { inlineParams } from './pg-literal';
import { PgWriteBatch } from './pg-write-batch';

const batches = new WeakMap<DataSource, PgWriteBatch>();

/**
 * Applies `statements` (`$n` placeholders) atomically on PostgreSQL, committed together with the
 * other writes of this event-loop turn (PgWriteBatch): one round trip and one WAL flush for all
 * of them instead of one each. Resolves once committed. Returns undefined, doing nothing, when
 * `db` is not PostgreSQL, is a manager inside a TypeORM transaction, or a value cannot be written
 * as a literal: then send the statements as usual.
 *
 * @example
 * await (pgWrite(ds, [{ text: 'UPDATE "executions" SET "status" = $1 WHERE "id" = $2', params }]) ??
 *   ds.query(text, params));
 */
export function pgWrite(
  db: DataSource | EntityManager,
  statements: Array<{ text: string; params: unknown[] }>,
): Promise<void> | undefined {
  if ('queryRunner' in db && db.queryRunner) return undefined;
  const ds = 'dataSource' in db ? db.dataSource : db;
  if (ds.options.type !== 'postgres') return undefined;
  const texts: string[] = [];
  for (const { text, params } of statements) {
    const inlined = inlineParams(text, params);
    if (inlined === undefined) return undefined;
    texts.push(inlined);
  }
  let batch = batches.get(ds);
  if (!batch) batches.set(ds, (batch = new PgWriteBatch((text) => ds.query(text))));
  return batch.write(texts.join(';\n'));
}
