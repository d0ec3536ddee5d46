import type { SimRequest, SimResponse } from '../kit';
import { intParam } from '../shared';

/**
 * Pipedrive's answer envelope (`{ success, data, additional_data }`, errors with `error` and
 * `error_info`) and v2 cursor paging, shared by the simulator's routes (vendor-contracts §12).
 *
 * @example
 * return ok(record); // 200 { success: true, data: record, additional_data: null }
 */
const INFO = 'Please check developers.pipedrive.com for more information about Pipedrive API.';

export function pdError(status: number, error: string): SimResponse {
  return { status, body: { success: false, error, error_info: INFO, data: null, additional_data: null } };
}

export const ok = (
  data: unknown,
  additional: Record<string, unknown> | null = null,
  status = 200,
): SimResponse => ({
  status,
  body: { success: true, data, additional_data: additional },
});

const encodeCursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
const decodeCursor = (cursor: string | undefined) =>
  cursor ? Number(Buffer.from(cursor, 'base64url').toString().split(':')[1]) || 0 : 0;

/** v2 cursor paging: `limit` (default 100, max 500) and `cursor`; `next_cursor` null when done. */
export function cursorPage<T>(req: SimRequest, list: T[]): { items: T[]; next: string | null } | SimResponse {
  const limit = intParam(req.query.limit, 100);
  if (limit < 1 || limit > 500) return pdError(400, 'Validation failed: limit: must be <= 500');
  const start = decodeCursor(req.query.cursor);
  return {
    items: list.slice(start, start + limit),
    next: start + limit < list.length ? encodeCursor(start + limit) : null,
  };
}
