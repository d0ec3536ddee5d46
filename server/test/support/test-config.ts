import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type ServerConfig } from '../../src/config/config';

export const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A fresh data folder and, for PostgreSQL, a schema of its own (tests never share tables). */
export function testEnv(
  kind: 'sqlite' | 'postgres',
  extra: Record<string, string> = {},
): Record<string, string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ainow-test-'));
  const env: Record<string, string> = {
    AINOW_DATA_DIR: dataDir,
    PORT: '0',
    AINOW_LOG_LEVEL: 'silent',
    AINOW_ENCRYPTION_KEY: '11'.repeat(32),
    AINOW_EXAMPLES_DIR: join(__dirname, '../fixtures/examples'),
    ...extra,
  };
  if (kind === 'postgres') {
    env.DATABASE_URL = PG_URL;
    env.AINOW_DATABASE_SCHEMA = `t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  }
  return env;
}

export function testConfig(kind: 'sqlite' | 'postgres', extra: Record<string, string> = {}): ServerConfig {
  return loadConfig(testEnv(kind, extra));
}
