import type { DataSource, EntityManager } from 'typeorm';

interface Statement {
  reader: boolean;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): unknown;
}
interface Database {
  prepare(sql: string): Statement;
}

const statements = new WeakMap<Database, Map<string, Statement>>();

/**
 * Runs a statement straight on the better-sqlite3 connection TypeORM holds, with a statement
 * cache: on the hot path TypeORM's per-query wrapper costs as much as SQLite itself. Returns
 * undefined when `db` is not SQLite, or is a manager inside a TypeORM transaction (which must see
 * the statement through its own query runner).
 *
 * @example
 * const rows = sqliteDirect(ds, 'SELECT * FROM "executions" WHERE "id" = ?', [id]);
 */
export function sqliteDirect(
  db: DataSource | EntityManager,
  sql: string,
  params: unknown[],
): unknown[] | undefined {
  const ds = 'dataSource' in db ? db.dataSource : db;
  if (ds.options.type !== 'better-sqlite3') return undefined;
  if ('queryRunner' in db && db.queryRunner) return undefined;
  const connection = (ds.driver as unknown as { databaseConnection?: Database }).databaseConnection;
  if (!connection) return undefined;
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    if (cache.size > 200) cache.clear();
    cache.set(sql, statement);
  }
  const values = params.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v));
  if (statement.reader) return statement.all(...values);
  statement.run(...values);
  return [];
}

/**
 * Runs `work` in one SQLite transaction on the better-sqlite3 connection (synchronously, so no
 * other statement can slip in). Returns false, doing nothing, when `db` is not SQLite.
 *
 * @example
 * sqliteTransaction(ds, () => { sqliteDirect(ds, insertItems, a); sqliteDirect(ds, insertStep, b); });
 */
export function sqliteTransaction(db: DataSource, work: () => void): boolean {
  if (db.options.type !== 'better-sqlite3') return false;
  const connection = (
    db.driver as unknown as { databaseConnection?: Database & { transaction(fn: () => void): () => void } }
  ).databaseConnection;
  if (!connection) return false;
  connection.transaction(work)();
  return true;
}
