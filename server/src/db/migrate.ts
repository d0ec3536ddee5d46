import { DataSource } from 'typeorm';
import type { ServerConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';

/**
 * Applies pending migrations (`ainow migrate`, and every start). For PostgreSQL the configured
 * schema is created first when it does not exist.
 *
 * @example
 * const applied = await migrate(config); // ['Auth1767225600001', ...]
 */
export async function migrate(config: ServerConfig): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(config));
  await ds.initialize();
  try {
    await ensureSchema(ds, config);
    const done = await ds.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await ds.destroy();
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
