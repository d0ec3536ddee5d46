import type { DataSource, EntityManager } from 'typeorm';
import { SqliteWriteBatch, type TransactionalDatabase } from './sqlite-write-batch';

interface Statement {
  reader: boolean;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): unknown;
}
interface Database extends TransactionalDatabase {
  prepare(sql: string): Statement;
}

const statements = new WeakMap<Database, Map<string, Statement>>();
const batches = new WeakMap<Database, SqliteWriteBatch>();

/**
 * The better-sqlite3 connection TypeORM holds, or undefined when `db` is not SQLite or is a
 * manager inside a TypeORM transaction (which must see its statements through its own runner).
 */
function connectionOf(db: DataSource | EntityManager): Database | undefined {
  const ds = 'dataSource' in db ? db.dataSource : db;
  if (ds.options.type !== 'better-sqlite3') return undefined;
  if ('queryRunner' in db && db.queryRunner) return undefined;
  return (ds.driver as unknown as { databaseConnection?: Database }).databaseConnection;
}

function statementOf(connection: Database, sql: string): Statement {
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    if (cache.size > 200) cache.clear();
    cache.set(sql, statement);
  }
  return statement;
}

/**
 * Runs a statement now, straight on the better-sqlite3 connection TypeORM holds, with a statement
 * cache: on the hot path TypeORM's per-query wrapper costs as much as SQLite itself. Returns
 * undefined when the connection cannot be used directly (see `connectionOf`). Writes belong in
 * the work of `sqliteWrite`, which commits them.
 *
 * @example
 * const rows = sqliteDirect(ds, 'SELECT * FROM "executions" WHERE "id" = ?', [id]);
 */
export function sqliteDirect(
  db: DataSource | EntityManager,
  sql: string,
  params: unknown[],
): unknown[] | undefined {
  const connection = connectionOf(db);
  if (!connection) return undefined;
  const statement = statementOf(connection, sql);
  const values = params.map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v));
  if (statement.reader) return statement.all(...values);
  statement.run(...values);
  return [];
}

/** Whether `sql` only reads (SELECT), on a connection `sqliteDirect` can use. */
export function sqliteReads(db: DataSource | EntityManager, sql: string): boolean {
  const connection = connectionOf(db);
  return Boolean(connection && statementOf(connection, sql).reader);
}

/**
 * Applies `work` (synchronous statements through `sqliteDirect`) atomically, committed together
 * with the other writes of this event-loop turn (SqliteWriteBatch); resolves once committed.
 * Returns undefined, doing nothing, when the connection cannot be used directly.
 *
 * @example
 * await sqliteWrite(ds, () => { sqliteDirect(ds, insertItems, a); sqliteDirect(ds, insertStep, b); });
 */
export function sqliteWrite(db: DataSource | EntityManager, work: () => void): Promise<void> | undefined {
  const connection = connectionOf(db);
  if (!connection) return undefined;
  let batch = batches.get(connection);
  if (!batch) batches.set(connection, (batch = new SqliteWriteBatch(connection)));
  return batch.write(work);
}
