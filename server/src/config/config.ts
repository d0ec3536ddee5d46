import { resolve } from 'node:path';
import { envSchema, type Env } from './env.schema';

/**
 * The server's configuration, parsed from the environment at start (`loadConfig`).
 *
 * @example
 * const config = loadConfig({ ...process.env, PORT: '0' });
 * config.queueMode; // false without REDIS_URL
 */
export interface ServerConfig extends Env {
  dataDir: string;
  /** Redis is configured: BullMQ queue, schedulers and token buckets are shared by every process. */
  queueMode: boolean;
  database: 'sqlite' | 'postgres';
  publicUrl: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `AI-Now cannot start: the configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Token under which Nest injects the ServerConfig. */
export const SERVER_CONFIG = Symbol('SERVER_CONFIG');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const given: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') given[key] = value;
  }
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        return `${name}=${JSON.stringify(given[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const values = parsed.data;
  const problems: string[] = [];
  if (values.AINOW_OWNER_EMAIL && !values.AINOW_OWNER_PASSWORD)
    problems.push('AINOW_OWNER_EMAIL is set, so AINOW_OWNER_PASSWORD must be set too');
  if (values.AINOW_OWNER_PASSWORD && !values.AINOW_OWNER_EMAIL)
    problems.push('AINOW_OWNER_PASSWORD is set, so AINOW_OWNER_EMAIL must be set too');
  if (problems.length) throw new ConfigError(problems);
  return {
    ...values,
    dataDir: resolve(values.AINOW_DATA_DIR),
    queueMode: Boolean(values.REDIS_URL),
    database: values.DATABASE_URL ? 'postgres' : 'sqlite',
    publicUrl: (values.AINOW_PUBLIC_URL ?? `http://localhost:${values.PORT || 3000}`).replace(/\/$/, ''),
  };
}
