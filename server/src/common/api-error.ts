/**
 * An error that becomes the JSON answer `{ error: { code, message, details } }` with `status`
 * (DESIGN.md section 8). Messages are for people: what was wrong, where, and what to do.
 *
 * @example
 * throw ApiError.notFound('workflow', id);
 * throw new ApiError(409, 'workflow_active', 'deactivate the workflow before deleting it');
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static notFound(what: string, id: string): ApiError {
    return new ApiError(404, 'not_found', `${what} '${id}' does not exist`);
  }

  static badRequest(code: string, message: string, details?: unknown): ApiError {
    return new ApiError(400, code, message, details);
  }

  static unauthorized(
    message = 'sign in first: send the session cookie from POST /api/v1/auth/login or an X-API-Key header',
    code = 'unauthorized',
  ): ApiError {
    return new ApiError(401, code, message);
  }

  static forbidden(message: string): ApiError {
    return new ApiError(403, 'forbidden', message);
  }

  static conflict(code: string, message: string, details?: unknown): ApiError {
    return new ApiError(409, code, message, details);
  }
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}
