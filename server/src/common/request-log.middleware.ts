import type { NextFunction, Request, Response } from 'express';
import { logger } from './logger';

/**
 * One JSON log line per request that went wrong (4xx at info, 5xx at error), and per request at
 * debug level. Lighter than a logger per request: webhooks are the hot path. Query tokens are
 * redacted from URLs.
 */
export function requestLog(req: Request, res: Response, next: NextFunction): void {
  const start = performance.now();
  res.on('finish', () => {
    const status = res.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 ? 'info' : 'debug';
    if (!logger.isLevelEnabled(level)) return;
    logger[level](
      {
        method: req.method,
        url: req.originalUrl.replace(/token=[^&]+/, 'token=[redacted]'),
        status,
        ms: Math.round(performance.now() - start),
      },
      'request',
    );
  });
  next();
}
