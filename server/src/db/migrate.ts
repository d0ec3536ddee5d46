import { DataSource } from 'typeorm';
import { logger } from '../common/logger';
import type { ServerConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';

/**
 * Applies pending migrations (`ainow migrate`, and every start). For PostgreSQL the configured
 * schema is created first when it does not exist, and the whole step holds an advisory lock of
 * that schema: replicas that start together migrate one after the other, and the later ones find
 * nothing left to do. (SQLite serves one process; it needs no lock.)
 *
 * @example
 * const applied = await migrate(config); // ['Auth1767225600001', ...]
 */
export async function migrate(config: ServerConfig): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(config));
  await ds.initialize();
  try {
    return await withMigrationLock(ds, config, async () => {
      await ensureSchema(ds, config);
      const done = await ds.runMigrations({ transaction: 'each' });
      return done.map((m) => m.name);
    });
  } finally {
    await ds.destroy();
  }
}

/**
 * Runs `task` while holding PostgreSQL's session advisory lock for migrations of the configured
 * schema (on a connection of its own, released even when the task fails); on SQLite, just runs it.
 */
export async function withMigrationLock<T>(
  ds: DataSource,
  config: Pick<ServerConfig, 'database' | 'AINOW_DATABASE_SCHEMA'>,
  task: () => Promise<T>,
): Promise<T> {
  if (config.database !== 'postgres') return task();
  const key = `ainow:migrations:${config.AINOW_DATABASE_SCHEMA ?? 'public'}`;
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [
      key,
    ])) as [{ locked: boolean }];
    if (!locked) {
      logger.info({ lock: key }, 'another process is migrating the database; waiting for it');
      await runner.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    }
    try {
      return await task();
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
    }
  } finally {
    await runner.release();
  }
}

export async function ensureSchema(
  ds: DataSource,
  config: Pick<ServerConfig, 'database' | 'AINOW_DATABASE_SCHEMA'>,
): Promise<void> {
  if (config.database === 'postgres' && config.AINOW_DATABASE_SCHEMA) {
    await ds.query(`CREATE SCHEMA IF NOT EXISTS "${config.AINOW_DATABASE_SCHEMA}"`);
  }
}
