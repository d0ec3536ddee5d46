import type { DataSource, EntityManager } from 'typeorm';
import { sqliteDirect } from './sqlite-direct';

/**
 * Plain multi-row INSERTs for the hot paths (step records and their items), with the driver's
 * placeholders and value conventions: TypeORM's query builder costs more per row than the insert
 * itself on SQLite.
 *
 * @example
 * await rawInsert(manager, 'execution_items', ['executionId', 'stepIndex'], [['run_1', 0]]);
 */
export async function rawInsert(
  db: EntityManager | DataSource,
  table: string,
  columns: string[],
  rows: unknown[][],
  /** Upsert: on a conflict over these key columns, overwrite the `update` columns. */
  onConflict?: { conflict: string[]; update: string[] },
): Promise<void> {
  if (!rows.length) return;
  if (rows.length > 500) {
    for (let i = 0; i < rows.length; i += 500)
      await rawInsert(db, table, columns, rows.slice(i, i + 500), onConflict);
    return;
  }
  const options = ('dataSource' in db ? db.dataSource : db).options;
  const postgres = options.type === 'postgres';
  const schema = postgres ? (options as { schema?: string }).schema : undefined;
  const name = schema ? `"${schema}"."${table}"` : `"${table}"`;
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const marks = row.map((value) => {
      params.push(typeof value === 'boolean' && !postgres ? (value ? 1 : 0) : value);
      return postgres ? `$${params.length}` : '?';
    });
    return `(${marks.join(', ')})`;
  });
  const upsert = onConflict
    ? ` ON CONFLICT (${onConflict.conflict.map((c) => `"${c}"`).join(', ')}) DO UPDATE SET ${onConflict.update.map((c) => `"${c}" = excluded."${c}"`).join(', ')}`
    : '';
  const text = `INSERT INTO ${name} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}${upsert}`;
  if (!postgres && sqliteDirect(db, text, params)) return;
  await db.query(text, params);
}
