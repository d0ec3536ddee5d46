import pino, { type Logger } from 'pino';

/** Keys whose values never reach a log line (credentials, tokens, passwords, cookies). */
export const REDACT_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'apiKey',
  '*.apiKey',
  'values',
  '*.values',
  'credential.values',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
];

/**
 * The process's JSON logger (pino). Child loggers carry `runId` and `nodeId`; secrets are
 * redacted by key wherever they appear in a logged object.
 *
 * @example
 * logger.child({ runId }).info({ nodeId: 'send' }, 'step finished');
 */
export let logger: Logger = pino({
  level: process.env.AINOW_LOG_LEVEL ?? 'info',
  redact: { paths: REDACT_PATHS, censor: '[redacted]' },
});

export function configureLogger(level: string): Logger {
  logger = pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } });
  return logger;
}
