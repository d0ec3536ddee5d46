/**
 * Errors nodes throw. `retryable` errors are retried by the node's `retry` policy; others are not.
 *
 * @example
 * throw new NodeError('NeverBounce says the API key is not valid', { code: 'auth_failed' });
 */
export class NodeError extends Error {
  readonly code?: string;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly description?: string;

  constructor(
    message: string,
    options: {
      code?: string;
      retryable?: boolean;
      retryAfterMs?: number;
      description?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'NodeError';
    this.code = options.code;
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
    this.description = options.description;
  }
}

/** A vendor answered with an HTTP error. 429 and 5xx are retryable; `Retry-After` is honoured. */
export class HttpError extends NodeError {
  readonly status: number;
  readonly body: unknown;

  constructor(status: number, message: string, body: unknown, retryAfterMs?: number) {
    super(message, {
      code: `http_${status}`,
      retryable: status === 429 || status >= 500 || status === 408,
      retryAfterMs,
    });
    this.name = 'HttpError';
    this.status = status;
    this.body = body;
  }
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof NodeError) return error.retryable;
  const code = (error as { code?: string } | undefined)?.code;
  return [
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
  ].includes(code ?? '');
}

export function retryAfterOf(error: unknown): number | undefined {
  return error instanceof NodeError ? error.retryAfterMs : undefined;
}
