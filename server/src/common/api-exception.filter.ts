import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ApiError, type ErrorBody } from './api-error';
import { logger } from './logger';

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

/**
 * Turns every error into `{ error: { code, message, details } }`. Bad input never yields a 500:
 * body-parser failures (malformed JSON, a body over the limit) become 400 and 413 with a message
 * that says what to do; only unexpected errors are 500, logged with their stack, and answered
 * without internals.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(private readonly bodyLimit: number) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toBody(exception);
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(status).json(body);
  }

  toBody(exception: unknown): { status: number; body: ErrorBody } {
    if (exception instanceof ApiError) {
      return {
        status: exception.status,
        body: { error: { code: exception.code, message: exception.message, details: exception.details } },
      };
    }
    const parserError = exception as { type?: string; status?: number; message?: string };
    if (parserError?.type === 'entity.too.large') {
      return {
        status: 413,
        body: {
          error: {
            code: 'payload_too_large',
            message: `the request body is larger than the limit of ${this.bodyLimit} bytes; send less, or raise AINOW_BODY_LIMIT`,
            details: { limit: this.bodyLimit },
          },
        },
      };
    }
    if (parserError?.type === 'entity.parse.failed' || exception instanceof SyntaxError) {
      return {
        status: 400,
        body: {
          error: {
            code: 'invalid_json',
            message: `the request body is not valid JSON: ${parserError.message}`,
          },
        },
      };
    }
    if (parserError?.type && typeof parserError.status === 'number' && parserError.status < 500) {
      return {
        status: parserError.status,
        body: {
          error: {
            code: CODES[parserError.status] ?? 'bad_request',
            message: parserError.message ?? 'bad request',
          },
        },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // Nest turns body-parser's SyntaxError into a plain 400 before filters see it.
      if (status === 400 && / JSON|JSON at position|in JSON/.test(exception.message)) {
        return {
          status: 400,
          body: {
            error: {
              code: 'invalid_json',
              message: `the request body is not valid JSON: ${exception.message}`,
            },
          },
        };
      }
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : Array.isArray((response as { message?: unknown }).message)
            ? (response as { message: string[] }).message.join('; ')
            : String((response as { message?: unknown }).message ?? exception.message);
      return {
        status,
        body: { error: { code: CODES[status] ?? (status >= 500 ? 'internal' : 'bad_request'), message } },
      };
    }
    logger.error({ err: exception }, 'unexpected error');
    return {
      status: 500,
      body: {
        error: {
          code: 'internal',
          message: 'something went wrong on the server; the details are in its log',
        },
      },
    };
  }
}
