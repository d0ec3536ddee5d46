import type { Logger } from 'pino';
import { logger } from './logger';

export type RunLog = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

/**
 * A child logger with fixed fields (`runId`, `workflowId`) that is only built when a line is
 * actually written at an enabled level: per-run children cost more than the run on the hot path.
 *
 * @example
 * const log = lazyChild({ runId }); log.info({ status }, 'run ended');
 */
export function lazyChild(bindings: Record<string, unknown>): RunLog {
  let child: Logger | undefined;
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      if (!logger.isLevelEnabled(level)) return;
      child ??= logger.child(bindings);
      (child[level] as (...a: unknown[]) => void)(...args);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } as RunLog;
}
