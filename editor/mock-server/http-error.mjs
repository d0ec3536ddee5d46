// The mock's error, answered as `{ error: { code, message, details } }` with `status`, like the server's.
export class HttpError extends Error {
  constructor(status, code, message, details) {
    super(message);
    Object.assign(this, { status, code, details });
  }
}
