import { NodeError, type HttpError } from '@ainow/engine/sdk';

/**
 * What the vendors that word their own errors (Mailgun, SendGrid, Twilio, Pipedrive, Salesforce)
 * share: each failure becomes a NodeError that is retryable only for 429 and 5xx, keeps
 * `Retry-After`, the HTTP error as cause and the vendor's detail as description; and the same
 * words for a rate limit and a server error.
 *
 * @example
 * const make = failureMaker(error, why);
 * if (error.status >= 500) return make(serverErrorMessage('Mailgun', error.status, action), 'vendor_unavailable');
 */
export type FailureMaker = (message: string, code: string) => NodeError;

export function failureMaker(error: HttpError, description: string | undefined): FailureMaker {
  const { status, retryAfterMs } = error;
  return (message, code) =>
    new NodeError(message, {
      code,
      retryable: status === 429 || status >= 500,
      retryAfterMs,
      cause: error,
      description,
    });
}

/** "Mailgun rate limit reached while trying to send the email; the step will be retried later." */
export function rateLimitMessage(vendor: string, action: string, reference = ''): string {
  return `${vendor} rate limit reached while trying to ${action}; the step will be retried later${reference}.`;
}

/** "Mailgun had a server error (503) while trying to send the email; the step will be retried." */
export function serverErrorMessage(vendor: string, status: number, action: string): string {
  return `${vendor} had a server error (${status}) while trying to ${action}; the step will be retried.`;
}
