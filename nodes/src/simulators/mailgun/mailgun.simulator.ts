import { randomBytes } from 'node:crypto';
import { createSimulator, type SimRequest, type SimResponse, type Simulator } from '../kit';
import { createRateWindow, type RateLimit } from '../shared';
import { addressList, formFields, type AttachedFile } from './form-fields';
import { signMailgunWebhook, type MailgunWebhookBody } from './mailgun-webhook.signer';

/**
 * A local Mailgun API (vendor-contracts §8): `POST /v3/{domain}/messages` with multipart or
 * URL-encoded forms, HTTP Basic `api:<key>`, Mailgun's answers (`Queued. Thank you.`,
 * `'from' parameter is missing`, plain-text `Forbidden`, unknown domain 404, 429), domain
 * lookups, and a signer for webhook posts.
 *
 * @example
 * const sim = createMailgunSimulator({ apiKey: 'key-1', domains: ['mg.acme.test'] });
 * await sim.start();
 * sim.messages[0].to; // after a send
 */
/** What the simulator accepts unless told otherwise. */
export const MAILGUN_SIMULATOR_KEY = 'key-simulator';
export const MAILGUN_SIMULATOR_DOMAIN = 'mg.example.com';
export const MAILGUN_SIMULATOR_SIGNING_KEY = 'whsk-simulator';

export interface MailgunSentMessage {
  /** `<…@domain>`, as returned in `id`. */
  id: string;
  domain: string;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject?: string;
  text?: string;
  html?: string;
  template?: string;
  tags: string[];
  /** `v:` custom variables (come back as `user-variables` in events). */
  variables: Record<string, string>;
  /** `h:` headers and `o:` options, by their full field name. */
  extra: Record<string, string[]>;
  testMode: boolean;
  files: AttachedFile[];
}

export interface MailgunSimulatorOptions {
  apiKey?: string;
  domains?: string[];
  webhookSigningKey?: string;
  /** Requests allowed per window before 429 (default 300 per minute). */
  rateLimit?: RateLimit;
}

export interface MailgunSimulator extends Simulator {
  readonly apiKey: string;
  readonly domains: string[];
  readonly webhookSigningKey: string;
  readonly messages: MailgunSentMessage[];
  /** A signed webhook body for an event about a sent message. */
  webhookFor(
    message: MailgunSentMessage,
    event: string,
    options?: { timestamp?: number; token?: string },
  ): MailgunWebhookBody;
  setRateLimit(limit: RateLimit): void;
}

const EMAIL = /^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/;

function basicUser(req: SimRequest): { user: string; key: string } | undefined {
  const match = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return undefined;
  const [user, ...rest] = Buffer.from(match[1], 'base64').toString('utf8').split(':');
  return { user, key: rest.join(':') };
}

export function createMailgunSimulator(options: MailgunSimulatorOptions = {}): MailgunSimulator {
  const apiKey = options.apiKey ?? MAILGUN_SIMULATOR_KEY;
  const domains = options.domains ?? [MAILGUN_SIMULATOR_DOMAIN];
  const webhookSigningKey = options.webhookSigningKey ?? MAILGUN_SIMULATOR_SIGNING_KEY;
  const messages: MailgunSentMessage[] = [];
  let window = createRateWindow(options.rateLimit ?? { requests: 300, perMs: 60_000 });

  const guarded =
    (handler: (req: SimRequest) => SimResponse | Promise<SimResponse>) =>
    async (req: SimRequest): Promise<SimResponse> => {
      const auth = basicUser(req);
      if (!auth || auth.user !== 'api' || auth.key !== apiKey) return { status: 401, body: 'Forbidden' };
      const take = window.take(apiKey);
      if (!take.allowed) return { status: 429, body: { message: 'Too many requests' } };
      if (req.params.domain !== undefined && !domains.includes(req.params.domain)) {
        return { status: 404, body: { message: `Domain not found: ${req.params.domain}` } };
      }
      return handler(req);
    };

  const send = async (req: SimRequest): Promise<SimResponse> => {
    const { fields, files } = await formFields(req);
    const one = (name: string) => fields.get(name)?.[0];
    const from = one('from');
    const to = addressList(fields.get('to'));
    if (!from) return { status: 400, body: { message: "'from' parameter is missing" } };
    if (!EMAIL.test(from.trim()))
      return {
        status: 400,
        body: { message: "'from' parameter is not a valid address. please check documentation" },
      };
    if (to.length === 0) return { status: 400, body: { message: "'to' parameter is missing" } };
    const badTo = to.find((address) => !EMAIL.test(address));
    if (badTo)
      return {
        status: 400,
        body: { message: `to parameter is not a valid address. please check documentation` },
      };
    if (!one('text') && !one('html') && !one('template')) {
      return {
        status: 400,
        body: { message: "Need at least one of 'text', 'html' or 'template' parameters specified" },
      };
    }
    const tags = fields.get('o:tag') ?? [];
    if (tags.length > 3)
      return { status: 400, body: { message: 'Too many tags. Maximum 3 tags per message.' } };
    const domain = req.params.domain;
    const id = `<${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}.${randomBytes(6).toString('hex')}@${domain}>`;
    const variables: Record<string, string> = {};
    const extra: Record<string, string[]> = {};
    for (const [name, values] of fields) {
      if (name.startsWith('v:')) variables[name.slice(2)] = values[0];
      else if (name.startsWith('h:') || name.startsWith('o:') || name.startsWith('t:')) extra[name] = values;
    }
    messages.push({
      id,
      domain,
      from,
      to,
      cc: addressList(fields.get('cc')),
      bcc: addressList(fields.get('bcc')),
      subject: one('subject'),
      text: one('text'),
      html: one('html'),
      template: one('template'),
      tags,
      variables,
      extra,
      testMode: ['yes', 'true'].includes(String(one('o:testmode')).toLowerCase()),
      files,
    });
    return { status: 200, body: { id, message: 'Queued. Thank you.' } };
  };

  const domainInfo = (name: string) => ({
    name,
    state: 'active',
    type: 'custom',
    created_at: 'Mon, 01 Jan 2024 00:00:00 GMT',
    smtp_login: `postmaster@${name}`,
    spam_action: 'disabled',
    wildcard: false,
  });

  const getDomain = guarded((req) => ({
    status: 200,
    body: { domain: domainInfo(req.params.domain), receiving_dns_records: [], sending_dns_records: [] },
  }));
  const listDomains = guarded(() => ({
    status: 200,
    body: { total_count: domains.length, items: domains.map(domainInfo) },
  }));

  // Domains are read through v3 (the docs' curl samples) and v4 (what mailgun.js calls).
  const sim = createSimulator('mailgun', [
    { method: 'POST', path: '/v3/:domain/messages', handle: guarded(send) },
    { method: 'GET', path: '/v3/domains/:domain', handle: getDomain },
    { method: 'GET', path: '/v4/domains/:domain', handle: getDomain },
    { method: 'GET', path: '/v3/domains', handle: listDomains },
    { method: 'GET', path: '/v4/domains', handle: listDomains },
  ]);

  return Object.assign(sim, {
    apiKey,
    domains,
    webhookSigningKey,
    messages,
    setRateLimit(limit: RateLimit) {
      window = createRateWindow(limit);
    },
    webhookFor(
      message: MailgunSentMessage,
      event: string,
      signOptions: { timestamp?: number; token?: string } = {},
    ) {
      const eventData = {
        event,
        timestamp: (signOptions.timestamp ?? Date.now() / 1000) + 0.25,
        id: randomBytes(11).toString('base64url'),
        recipient: message.to[0],
        tags: message.tags,
        message: {
          headers: {
            'message-id': message.id.replace(/^<|>$/g, ''),
            from: message.from,
            to: message.to.join(', '),
            subject: message.subject,
          },
        },
        'user-variables': message.variables,
        ...(event === 'failed'
          ? {
              severity: 'permanent',
              reason: 'bounce',
              'delivery-status': { code: 550, message: '5.1.1 unknown user' },
            }
          : {}),
        ...(event === 'delivered' ? { 'delivery-status': { code: 250, message: 'OK' } } : {}),
      };
      return signMailgunWebhook(webhookSigningKey, eventData, signOptions);
    },
  });
}
