import { z } from 'zod';

/**
 * The server's environment variables (DESIGN.md section 7), checked once at start. Every wrong
 * variable is reported by name with what was expected, so that a typo never starts a half-working
 * server.
 *
 * @example
 * const config = parseEnv(process.env); // throws ConfigError listing every wrong variable
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'use true or false' })
  .transform((v) => ['true', '1', 'yes'].includes(v));
const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'use a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `use at least ${min}`).max(max, `use at most ${max}`));
const sizeUnits: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
const byteSize = z
  .string()
  .regex(/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i, 'use a size such as 512kb or 16mb')
  .transform((v) => {
    const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(v)!;
    return Math.round(Number(match[1]) * sizeUnits[(match[2] ?? 'b').toLowerCase()]);
  });

export const envSchema = z.object({
  PORT: int(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  AINOW_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'use a PostgreSQL URL such as postgres://user:pass@host:5432/db')
    .optional(),
  /** PostgreSQL schema to use (default public); tests use one schema per file. */
  AINOW_DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'use lower-case letters, digits and _')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'use a Redis URL such as redis://127.0.0.1:6379')
    .optional(),
  AINOW_QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'use letters, digits, - and _')
    .default('ainow'),
  AINOW_ENCRYPTION_KEY: z
    .string()
    .refine(
      (v) => keyBytes(v) !== undefined,
      '32 bytes are needed: 64 hex characters or 44 base64 characters',
    )
    .optional(),
  AINOW_OWNER_EMAIL: z.email('use an email address').optional(),
  AINOW_OWNER_PASSWORD: z.string().min(8, 'use at least 8 characters').optional(),
  AINOW_NODE_PACKAGES: z.string().default(''),
  AINOW_PUBLIC_URL: z
    .url('use the URL people and vendors reach this server at, e.g. https://ainow.example.com')
    .optional(),
  AINOW_BODY_LIMIT: byteSize.default(1024 * 1024),
  AINOW_SESSION_TTL_HOURS: int(1, 24 * 365).default(24 * 7),
  AINOW_SECURE_COOKIES: bool.default(false),
  AINOW_LOGIN_MAX_ATTEMPTS: int(1, 10_000).default(10),
  AINOW_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  AINOW_EXECUTIONS_MAX_AGE_DAYS: int(0, 36_500).default(30),
  AINOW_EXECUTIONS_MAX_COUNT: int(0, 100_000_000).default(50_000),
  AINOW_PRUNE_INTERVAL_MS: int(1000, 86_400_000).default(3_600_000),
  AINOW_WORKER_CONCURRENCY: int(1, 1000).default(10),
  /** Runs of one workflow at once (0: no limit); a workflow's settings.concurrency overrides it. */
  AINOW_WORKFLOW_CONCURRENCY: int(0, 1000).default(0),
  /** A run whose worker stopped renewing its lock is handed to another worker after this long. */
  AINOW_JOB_LOCK_MS: int(1000, 600_000).default(8000),
  /** Waits up to this long are slept through inside the run; longer ones park the run as waiting. */
  AINOW_INLINE_WAIT_MS: int(0, 3_600_000).default(5000),
  AINOW_EDITOR_DIR: z.string().optional(),
  AINOW_EXAMPLES_DIR: z.string().optional(),
  AINOW_METRICS: bool.default(true),
});

export type Env = z.infer<typeof envSchema>;

/** 32 key bytes from hex or base64 text, or undefined when the text is neither. */
export function keyBytes(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const bytes = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return bytes.length === 32 ? bytes : undefined;
  }
  return undefined;
}
