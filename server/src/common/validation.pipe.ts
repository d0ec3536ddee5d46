import { StandardSchemaValidationPipe } from '@nestjs/common';
import { ApiError } from './api-error';

/**
 * Validates `@Body({ schema })`, `@Query({ schema })` and `@Param({ schema })` with their zod
 * schemas (Standard Schema) and answers 400 `invalid_input` with every issue and its path.
 *
 * @example
 * app.useGlobalPipes(createValidationPipe());
 */
export function createValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({
    exceptionFactory: (issues) => {
      const details = issues.map((issue) => ({
        path: (issue.path ?? [])
          .map((p) => (typeof p === 'object' && p !== null && 'key' in p ? String(p.key) : String(p)))
          .join('.'),
        message: issue.message,
      }));
      const summary = details
        .slice(0, 5)
        .map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))
        .join('; ');
      return new ApiError(400, 'invalid_input', `the request is not valid: ${summary}`, details);
    },
  });
}
