import type { SimRequest, SimResponse } from '../kit';
import { sfErrors, type SfContext, type SfRoute } from './salesforce-context';
import { parseSoql, runSoql, SoqlError } from './soql';

/**
 * SOQL routes (vendor-contracts §11.3): `GET /query?q=` and `/queryAll?q=` answer the first
 * batch with `done` and `nextRecordsUrl`; `GET /query/{locator}-{offset}` answers the next ones.
 * The batch size is the simulator's (default 2000), lowered by `Sforce-Query-Options: batchSize=`.
 *
 * @example
 * GET /services/data/v62.0/query?q=SELECT+Id+FROM+Lead → { totalSize, done: false, nextRecordsUrl, records }
 */
const base = '/services/data/:version';

function batchSize(req: SimRequest, ctx: SfContext): number {
  const asked = /batchSize\s*=\s*(\d+)/i.exec(req.headers['sforce-query-options'] ?? '')?.[1];
  // Salesforce treats batchSize as a hint between 200 and 2000.
  const hinted = asked ? Math.min(2000, Math.max(200, Number(asked))) : 2000;
  return Math.min(hinted, ctx.queryBatchSize);
}

function page(req: SimRequest, ctx: SfContext, locator: string, offset: number): SimResponse {
  const cursor = ctx.cursors.get(locator);
  if (!cursor)
    return sfErrors(400, [{ errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' }]);
  const size = batchSize(req, ctx);
  const records = cursor.rows.slice(offset, offset + size);
  const done = offset + size >= cursor.rows.length;
  if (done) ctx.cursors.delete(locator);
  return {
    status: 200,
    body: {
      totalSize: cursor.total,
      done,
      ...(done
        ? {}
        : { nextRecordsUrl: `/services/data/${req.params.version}/query/${locator}-${offset + size}` }),
      records,
    },
  };
}

function query(req: SimRequest, ctx: SfContext): SimResponse {
  const text = req.query.q;
  if (!text)
    return sfErrors(400, [
      { errorCode: 'MALFORMED_QUERY', message: 'SOQL statements cannot be empty or null' },
    ]);
  try {
    const parsed = parseSoql(text);
    const object = ctx.store.objectOf(parsed.object);
    if (!object) throw new SoqlError('INVALID_TYPE', `sObject type '${parsed.object}' is not supported.`);
    const { total, rows } = runSoql(parsed, object, ctx.store.all(object.name));
    const version = req.params.version;
    const records = rows.map((r) => ({
      attributes: { type: object.name, url: `/services/data/${version}/sobjects/${object.name}/${r.id}` },
      ...r.values,
    }));
    const locator = `01gSIM${String(ctx.nextCursorId()).padStart(12, '0')}`;
    ctx.cursors.set(locator, { object: object.name, rows: records, total });
    return page(req, ctx, locator, 0);
  } catch (error) {
    if (error instanceof SoqlError)
      return sfErrors(400, [{ errorCode: error.errorCode, message: error.message }]);
    throw error;
  }
}

export const queryRoutes: SfRoute[] = [
  { method: 'GET', path: `${base}/query`, handle: query },
  { method: 'GET', path: `${base}/queryAll`, handle: query },
  {
    method: 'GET',
    path: `${base}/query/:locator`,
    handle: (req, ctx) => {
      const match = /^(.+)-(\d+)$/.exec(req.params.locator);
      return match
        ? page(req, ctx, match[1], Number(match[2]))
        : sfErrors(400, [{ errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' }]);
    },
  },
];
