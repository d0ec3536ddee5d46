import { createSimulator, type SimRequest, type SimResponse, type Simulator } from '@ainow/nodes/simulators';

/**
 * A local stand-in for the Acme Helpdesk API, built with the simulator kit of `@ainow/nodes`:
 * Bearer-token auth (401), `POST /api/v2/tickets` with validation (422 with one entry per bad
 * field), `Idempotency-Key` replays (200 with `Idempotent-Replayed: true`), a fixed per-second
 * window per token (429 with `Retry-After`), and `GET /api/v2/me` for the credential test.
 * `failNext` (from the kit) makes the next requests fail, e.g. with a 503.
 *
 * @example
 * const sim = createAcmeSimulator({ rateLimit: { requests: 2, perMs: 1000 } });
 * const { url } = await sim.start();
 * await fetch(`${url}/api/v2/tickets`, { method: 'POST', headers: { authorization: `Bearer ${ACME_SIMULATOR_TOKEN}` }, ... });
 */
export const ACME_SIMULATOR_TOKEN = 'acme_sim_token';

export interface AcmeTicketRecord {
  id: string;
  number: number;
  status: 'open';
  priority: string;
  subject: string;
  description: string;
  requester: { email: string };
  tags: string[];
  url: string;
  created_at: string;
}

export interface AcmeSimulatorOptions {
  tokens?: string[];
  /** Default 10 requests per second per token. */
  rateLimit?: { requests: number; perMs: number };
}

export interface AcmeSimulator extends Simulator {
  readonly tickets: AcmeTicketRecord[];
}

const PRIORITIES = ['low', 'normal', 'high', 'urgent'];
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

const acmeError = (status: number, code: string, message: string, extra: object = {}): SimResponse => ({
  status,
  body: { error: { code, message, ...extra } },
});

function problemsOf(body: Record<string, unknown>): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const requester = (body.requester ?? {}) as { email?: unknown };
  if (typeof body.subject !== 'string' || !body.subject.trim())
    problems.push({ field: 'subject', message: 'is required' });
  else if (body.subject.length > 150)
    problems.push({ field: 'subject', message: 'is longer than 150 characters' });
  if (typeof requester.email !== 'string' || !EMAIL.test(requester.email))
    problems.push({ field: 'requester.email', message: 'is not an email address' });
  if (body.priority !== undefined && !PRIORITIES.includes(String(body.priority)))
    problems.push({ field: 'priority', message: `must be one of ${PRIORITIES.join(', ')}` });
  if (body.tags !== undefined && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string')))
    problems.push({ field: 'tags', message: 'must be a list of strings' });
  return problems;
}

export function createAcmeSimulator(options: AcmeSimulatorOptions = {}): AcmeSimulator {
  const tokens = options.tokens ?? [ACME_SIMULATOR_TOKEN];
  const limit = options.rateLimit ?? { requests: 10, perMs: 1000 };
  const windows = new Map<string, { start: number; used: number }>();
  const tickets: AcmeTicketRecord[] = [];
  const byKey = new Map<string, AcmeTicketRecord>();

  const guarded =
    (handle: (request: SimRequest) => SimResponse) =>
    (request: SimRequest): SimResponse => {
      const token = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (!token || !tokens.includes(token))
        return acmeError(401, 'unauthorized', 'Invalid or missing API token');
      const now = Date.now();
      const window = windows.get(token);
      if (!window || now - window.start >= limit.perMs) windows.set(token, { start: now, used: 1 });
      else if (++window.used > limit.requests) {
        const retryAfter = Math.max(1, Math.ceil((window.start + limit.perMs - now) / 1000));
        return {
          ...acmeError(429, 'rate_limited', 'Too many requests'),
          headers: { 'retry-after': String(retryAfter) },
        };
      }
      return handle(request);
    };

  const createTicket = (request: SimRequest): SimResponse => {
    const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Record<
      string,
      unknown
    >;
    const key = request.headers['idempotency-key'];
    const replay = key ? byKey.get(key) : undefined;
    if (replay) return { status: 200, headers: { 'idempotent-replayed': 'true' }, body: { ticket: replay } };
    const problems = problemsOf(body);
    if (problems.length)
      return acmeError(422, 'validation_failed', 'The ticket has invalid fields', { fields: problems });
    const number = 1001 + tickets.length;
    const ticket: AcmeTicketRecord = {
      id: `tkt_${number}`,
      number,
      status: 'open',
      priority: String(body.priority ?? 'normal'),
      subject: String(body.subject).trim(),
      description: String(body.description ?? ''),
      requester: { email: String((body.requester as { email: string }).email) },
      tags: (body.tags as string[] | undefined) ?? [],
      url: `https://acme-helpdesk.example/tickets/${number}`,
      created_at: new Date().toISOString(),
    };
    tickets.push(ticket);
    if (key) byKey.set(key, ticket);
    return { status: 201, body: { ticket } };
  };

  const sim = createSimulator('acme', [
    {
      method: 'GET',
      path: '/api/v2/me',
      handle: guarded(() => ({ status: 200, body: { account: { name: 'Acme Sandbox' } } })),
    },
    { method: 'POST', path: '/api/v2/tickets', handle: guarded(createTicket) },
    {
      method: 'GET',
      path: '/api/v2/tickets/:id',
      handle: guarded((r) => {
        const ticket = tickets.find((t) => t.id === r.params.id);
        return ticket
          ? { status: 200, body: { ticket } }
          : acmeError(404, 'not_found', `No ticket ${r.params.id}`);
      }),
    },
  ]);
  return Object.assign(sim, { tickets });
}
