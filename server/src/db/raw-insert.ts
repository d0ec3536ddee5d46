import type { DataSource, EntityManager } from 'typeorm';
import { pgWrite } from './pg-direct';
import { sqliteDirect, sqliteWrite } from './sqlite-direct';

export interface Conflict {
  /** Key columns of the conflict. */
  conflict: string[];
  /** Columns overwritten on a conflict. */
  update: string[];
}

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
  onConflict?: Conflict,
): Promise<void> {
  const options = ('dataSource' in db ? db.dataSource : db).options;
  const statements = insertStatements(options, table, columns, rows, onConflict);
  // Committed with the other writes of this event-loop turn, all statements at once.
  const written =
    options.type === 'postgres'
      ? pgWrite(db, statements)
      : sqliteWrite(db, () => statements.forEach((s) => sqliteDirect(db, s.text, s.params)));
  if (written) return written;
  for (const { text, params } of statements) await db.query(text, params);
}

/** The INSERT statements (500 rows each) for `rows`, for the data source's driver. */
export function insertStatements(
  options: DataSource['options'],
  table: string,
  columns: string[],
  rows: unknown[][],
  onConflict?: Conflict,
  /** PostgreSQL: number placeholders after this many (to join statements into one). */
  offset = 0,
): Array<{ text: string; params: unknown[] }> {
  const postgres = options.type === 'postgres';
  const schema = postgres ? (options as { schema?: string }).schema : undefined;
  const name = schema ? `"${schema}"."${table}"` : `"${table}"`;
  const upsert = onConflict
    ? ` ON CONFLICT (${onConflict.conflict.map((c) => `"${c}"`).join(', ')}) DO UPDATE SET ${onConflict.update.map((c) => `"${c}" = excluded."${c}"`).join(', ')}`
    : '';
  const statements: Array<{ text: string; params: unknown[] }> = [];
  for (let start = 0; start < rows.length; start += 500) {
    const params: unknown[] = [];
    const tuples = rows.slice(start, start + 500).map((row) => {
      const marks = row.map((value) => {
        params.push(typeof value === 'boolean' && !postgres ? (value ? 1 : 0) : value);
        return postgres ? `$${offset + params.length}` : '?';
      });
      return `(${marks.join(', ')})`;
    });
    statements.push({
      text: `INSERT INTO ${name} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}${upsert}`,
      params,
    });
  }
  return statements;
}
