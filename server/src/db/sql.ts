import type { DataSource, EntityManager } from 'typeorm';
import { pgWrite } from './pg-direct';
import { sqliteDirect, sqliteReads, sqliteWrite } from './sqlite-direct';

/**
 * Plain SQL for hot paths, written once for both drivers: `?` placeholders (numbered for
 * PostgreSQL) and `{table}` names (schema-qualified for PostgreSQL). Booleans become 0/1 on SQLite.
 * A write (INSERT, UPDATE, DELETE without RETURNING) resolves once committed, together with the
 * other writes of its event-loop turn (group commit: `sqliteWrite`, `pgWrite`), and answers no rows.
 *
 * @example
 * await sql(ds, 'UPDATE {executions} SET "status" = ? WHERE "id" = ?', ['running', id]);
 */
export async function sql<T = Record<string, unknown>>(
  db: DataSource | EntityManager,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const postgres = ('dataSource' in db ? db.dataSource : db).options.type === 'postgres';
  const { text: query } = renderSql(db, text, params);
  if (!postgres) {
    // SQLite: reads run now; writes are committed with the other writes of this event-loop turn.
    if (sqliteReads(db, query)) return sqliteDirect(db, query, params) as T[];
    const written = sqliteWrite(db, () => sqliteDirect(db, query, params));
    if (written) {
      await written;
      return [];
    }
  }
  if (postgres && WRITE.test(query)) {
    // Committed with the other writes of this event-loop turn (one round trip, one WAL flush).
    const written = pgWrite(db, [{ text: query, params }]);
    if (written) {
      await written;
      return [];
    }
  }
  const values = postgres ? params : params.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v));
  const result = (await db.query(query, values)) as T[] | [T[], number];
  // PostgreSQL UPDATE/DELETE answer [rows, count]; SELECTs answer rows.
  return Array.isArray(result) && Array.isArray(result[0]) && typeof result[1] === 'number'
    ? (result[0] as T[])
    : (result as T[]);
}

/** A statement in the driver's dialect: `?` numbered for PostgreSQL, `{table}` schema-qualified. */
export interface Statement {
  text: string;
  params: unknown[];
}

/**
 * Renders `text` (`?` placeholders, `{table}` names) for the data source's driver without running
 * it, e.g. to run it later inside another write.
 *
 * @example
 * renderSql(ds, 'UPDATE {executions} SET "status" = ? WHERE "id" = ?', ['running', id]);
 */
export function renderSql(db: DataSource | EntityManager, text: string, params: unknown[]): Statement {
  const options = ('dataSource' in db ? db.dataSource : db).options;
  const postgres = options.type === 'postgres';
  const schema = postgres ? (options as { schema?: string }).schema : undefined;
  let n = 0;
  return {
    text: text
      .replace(/\{(\w+)\}/g, (_, table: string) => (schema ? `"${schema}"."${table}"` : `"${table}"`))
      .replace(/\?/g, () => (postgres ? `$${++n}` : '?')),
    params,
  };
}

const WRITE = /^\s*(INSERT|UPDATE|DELETE)\b(?![\s\S]*\bRETURNING\b)/i;
