import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { ServerConfig } from '../config/config';
import { ENTITIES } from './entities';
import { loadMigrations } from './load-migrations';

/**
 * TypeORM options for the configured database: PostgreSQL when DATABASE_URL is set, otherwise a
 * SQLite file `ainow.sqlite` in the data folder (WAL mode, so readers do not block the writer).
 *
 * @example
 * const ds = await new DataSource(dataSourceOptions(config)).initialize();
 */
export function dataSourceOptions(
  config: Pick<ServerConfig, 'database' | 'DATABASE_URL' | 'AINOW_DATABASE_SCHEMA' | 'dataDir'> & {
    AINOW_WORKER_CONCURRENCY?: number;
  },
): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: loadMigrations(),
    migrationsTableName: 'ainow_migrations',
    logging: false as const,
  };
  if (config.database === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: config.DATABASE_URL,
      schema: config.AINOW_DATABASE_SCHEMA,
      extra: { max: Math.max(10, (config.AINOW_WORKER_CONCURRENCY ?? 10) + 10) },
    };
  }
  mkdirSync(config.dataDir, { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    // better-sqlite3 13 (Node-API): 12.x aborts Node 24 when the GC frees a statement (its ObjectWrap
    // cleanup hook finds no environment). It lives in the server's own node_modules, so hand it over.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    driver: require('better-sqlite3'),
    database: join(config.dataDir, 'ainow.sqlite'),
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
    },
  };
}
