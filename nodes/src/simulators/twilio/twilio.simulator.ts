import { randomBytes } from 'node:crypto';
import { createSimulator, type SimRequest, type SimResponse, type Simulator } from '../kit';
import { createRateWindow, intParam, type RateLimit } from '../shared';
import { segmentsOf, twilioError, validateMessage } from './message-create.validation';
import { twilioWebhookPost, type TwilioWebhookPost } from './twilio-request.signer';
import { inboundSmsParams, statusCallbackParams } from './twilio-callbacks';

/**
 * A local Twilio Programmable Messaging API (vendor-contracts §9): `/2010-04-01/Accounts/{Sid}`
 * messages (create, fetch, list with `next_page_uri`), the account and its phone numbers, HTTP
 * Basic auth with the Account SID and Auth Token (or an API key), Twilio's error bodies and
 * codes, 429 (20429), and signed status-callback and inbound-SMS posts.
 *
 * @example
 * const sim = createTwilioSimulator();
 * await sim.start();
 * const post = sim.advance(sim.messages[0].sid, 'delivered'); // signed callback for StatusCallback
 */
/** The account the simulator accepts unless told otherwise. */
export const TWILIO_SIMULATOR_ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
export const TWILIO_SIMULATOR_AUTH_TOKEN = 'simulator-auth-token';

export type TwilioMessage = Record<string, unknown> & {
  sid: string;
  status: string;
  to: string;
  from: string | null;
  body: string;
};

export interface TwilioSimulatorOptions {
  accountSid?: string;
  authToken?: string;
  /** API keys (SK…) and their secrets, another way to authenticate. */
  apiKeys?: Record<string, string>;
  phoneNumbers?: string[];
  messagingServiceSids?: string[];
  /** Numbers that replied STOP: sending to them fails with 21610. */
  optedOut?: string[];
  /** Requests allowed per window before 429 (default 100 per second). */
  rateLimit?: RateLimit;
}

export interface TwilioSimulator extends Simulator {
  readonly accountSid: string;
  readonly authToken: string;
  readonly messages: TwilioMessage[];
  /** The StatusCallback URL given when each message was created, by sid. */
  readonly statusCallbacks: Map<string, string>;
  /** Moves a message to a new status and returns the signed callback Twilio would post. */
  advance(sid: string, status: string, options?: { errorCode?: number; url?: string }): TwilioWebhookPost;
  /** A signed inbound-SMS webhook post to `url`. */
  inbound(
    url: string,
    message: { from: string; to: string; body: string; mediaUrls?: string[] },
  ): TwilioWebhookPost;
  setRateLimit(limit: RateLimit): void;
}

const sidOf = (prefix: string) => prefix + randomBytes(16).toString('hex');
const rfc2822 = (date: Date) => date.toUTCString().replace('GMT', '+0000');

function formOf(req: SimRequest): Record<string, string | string[]> {
  if (req.body && typeof req.body === 'object') return req.body as Record<string, string | string[]>;
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(req.rawBody.toString('utf8'))) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export function createTwilioSimulator(options: TwilioSimulatorOptions = {}): TwilioSimulator {
  const accountSid = options.accountSid ?? TWILIO_SIMULATOR_ACCOUNT_SID;
  const authToken = options.authToken ?? TWILIO_SIMULATOR_AUTH_TOKEN;
  const account = {
    phoneNumbers: options.phoneNumbers ?? ['+15005550006', '+15557122661'],
    messagingServiceSids: options.messagingServiceSids ?? ['MG0123456789abcdef0123456789abcdef'],
    optedOut: options.optedOut ?? [],
  };
  const messages: TwilioMessage[] = [];
  const statusCallbacks = new Map<string, string>();
  let window = createRateWindow(options.rateLimit ?? { requests: 100, perMs: 1000 });
  const base = `/2010-04-01/Accounts/${accountSid}`;

  const authorized = (req: SimRequest): boolean => {
    const match = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (!match) return false;
    const [user, ...rest] = Buffer.from(match[1], 'base64').toString('utf8').split(':');
    const secret = rest.join(':');
    return (
      (user === accountSid && secret === authToken) ||
      (options.apiKeys?.[user] !== undefined && options.apiKeys[user] === secret)
    );
  };

  const guarded =
    (handler: (req: SimRequest) => SimResponse) =>
    (req: SimRequest): SimResponse => {
      if (!authorized(req)) {
        return {
          status: 401,
          headers: { 'WWW-Authenticate': 'Basic realm="Twilio API"' },
          body: twilioError(401, 20003, 'Authenticate'),
        };
      }
      // The kit names whole path segments, so `ACxxx.json` and `SMxxx.json` arrive with their suffix.
      for (const key of Object.keys(req.params)) req.params[key] = req.params[key].replace(/\.json$/, '');
      if (req.params.accountSid !== accountSid) {
        return {
          status: 404,
          body: twilioError(404, 20404, `The requested resource ${req.path} was not found`),
        };
      }
      if (!window.take(accountSid).allowed)
        return { status: 429, body: twilioError(429, 20429, 'Too Many Requests') };
      return handler(req);
    };

  const create = (req: SimRequest): SimResponse => {
    const form = formOf(req);
    const problem = validateMessage(form, account);
    if (problem) return { status: problem.status, body: problem };
    const one = (k: string) => (Array.isArray(form[k]) ? form[k][0] : (form[k] as string | undefined));
    const sid = sidOf('SM');
    const now = rfc2822(new Date());
    const body = one('Body') ?? '';
    const media = form.MediaUrl === undefined ? [] : ([] as string[]).concat(form.MediaUrl);
    const message: TwilioMessage = {
      account_sid: accountSid,
      api_version: '2010-04-01',
      body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from: one('From') ?? null,
      messaging_service_sid: one('MessagingServiceSid') ?? null,
      num_media: String(media.length),
      num_segments: String(segmentsOf(body)),
      price: null,
      price_unit: 'USD',
      sid,
      status: one('From') ? 'queued' : 'accepted',
      subresource_uris: { media: `${base}/Messages/${sid}/Media.json` },
      to: one('To')!,
      uri: `${base}/Messages/${sid}.json`,
    };
    messages.push(message);
    const callback = one('StatusCallback');
    if (callback) statusCallbacks.set(sid, callback);
    return { status: 201, body: message };
  };

  const list = (req: SimRequest): SimResponse => {
    const size = Math.min(1000, Math.max(1, intParam(req.query.PageSize, 50)));
    const page = Math.max(0, intParam(req.query.Page, 0));
    const matching = messages.filter(
      (m) => (!req.query.To || m.to === req.query.To) && (!req.query.From || m.from === req.query.From),
    );
    const slice = matching.slice(page * size, (page + 1) * size);
    const uri = (p: number) => `${base}/Messages.json?PageSize=${size}&Page=${p}`;
    return {
      status: 200,
      body: {
        messages: slice,
        page,
        page_size: size,
        first_page_uri: uri(0),
        next_page_uri:
          (page + 1) * size < matching.length ? `${uri(page + 1)}&PageToken=PA${page + 1}` : null,
        previous_page_uri: page > 0 ? uri(page - 1) : null,
        start: page * size,
        end: page * size + Math.max(0, slice.length - 1),
        uri: uri(page),
      },
    };
  };

  const fetchOne = (req: SimRequest): SimResponse => {
    const found = messages.find((m) => m.sid === req.params.sid);
    return found
      ? { status: 200, body: found }
      : { status: 404, body: twilioError(404, 20404, `The requested resource ${req.path} was not found`) };
  };

  const sim = createSimulator('twilio', [
    { method: 'POST', path: '/2010-04-01/Accounts/:accountSid/Messages.json', handle: guarded(create) },
    { method: 'GET', path: '/2010-04-01/Accounts/:accountSid/Messages.json', handle: guarded(list) },
    { method: 'GET', path: '/2010-04-01/Accounts/:accountSid/Messages/:sid', handle: guarded(fetchOne) },
    {
      method: 'GET',
      path: '/2010-04-01/Accounts/:accountSid',
      handle: guarded(() => ({
        status: 200,
        body: {
          sid: accountSid,
          friendly_name: 'Simulated account',
          status: 'active',
          type: 'Full',
          uri: `${base}.json`,
        },
      })),
    },
    {
      method: 'GET',
      path: '/2010-04-01/Accounts/:accountSid/IncomingPhoneNumbers.json',
      handle: guarded(() => ({
        status: 200,
        body: {
          incoming_phone_numbers: account.phoneNumbers.map((n, i) => ({
            sid: `PN${String(i).padStart(32, '0')}`,
            phone_number: n,
            friendly_name: `(${n.slice(2, 5)}) ${n.slice(5, 8)}-${n.slice(8)}`,
            capabilities: { sms: true, mms: true, voice: true },
          })),
          next_page_uri: null,
          page: 0,
          page_size: 50,
        },
      })),
    },
  ]);

  return Object.assign(sim, {
    accountSid,
    authToken,
    messages,
    statusCallbacks,
    setRateLimit(limit: RateLimit) {
      window = createRateWindow(limit);
    },
    advance(sid: string, status: string, extra: { errorCode?: number; url?: string } = {}) {
      const message = messages.find((m) => m.sid === sid);
      if (!message) throw new Error(`twilio simulator: no message ${sid}`);
      message.status = status;
      if (extra.errorCode) message.error_code = extra.errorCode;
      const url = extra.url ?? statusCallbacks.get(sid);
      if (!url) throw new Error(`twilio simulator: message ${sid} has no StatusCallback`);
      return twilioWebhookPost(authToken, url, statusCallbackParams(message, status, extra.errorCode));
    },
    inbound(url: string, message: { from: string; to: string; body: string; mediaUrls?: string[] }) {
      return twilioWebhookPost(authToken, url, inboundSmsParams(accountSid, sidOf('SM'), message));
    },
  });
}
