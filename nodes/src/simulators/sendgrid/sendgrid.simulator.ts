import { randomBytes } from 'node:crypto';
import { createSimulator, type SimRequest, type SimResponse, type Simulator } from '../kit/simulator';
import { bodyObject, createRateWindow, type RateLimit } from '../shared';
import { validateMailSend } from './mail-send.validation';
import { createEventWebhookSigner, type SignedEventPost } from './event-webhook.signer';
import { globalUnsubscribeRoutes } from './global-unsubscribes.routes';

/**
 * A local SendGrid v3 API (vendor-contracts §7): `POST /v3/mail/send` with SendGrid's
 * validation and error bodies, dynamic templates, scopes, the signed Event Webhook key, Bearer
 * auth, `X-RateLimit-*` headers on every answer and 429 when the configured window is used up.
 *
 * @example
 * const sim = createSendGridSimulator({ apiKey: 'SG.test' });
 * const { url } = await sim.start();
 * // ... send through the node or @sendgrid/mail, then:
 * sim.messages[0].to; // ['ada@example.com']
 */
/** The API key the simulator accepts unless told otherwise. */
export const SENDGRID_SIMULATOR_KEY = 'SG.simulator-key';

export interface SendGridTemplate {
  id: string;
  name: string;
  subject: string;
}

/** One accepted message: SendGrid makes one per personalization. */
export interface SendGridSentEmail {
  messageId: string;
  xMessageId: string;
  from: string;
  to: string[];
  subject?: string;
  content: Array<{ type: string; value: string }>;
  templateId?: string;
  dynamicTemplateData?: Record<string, unknown>;
  categories: string[];
  customArgs: Record<string, string>;
  /** The whole request body, as received. */
  request: Record<string, unknown>;
}

export interface SendGridSimulatorOptions {
  apiKey?: string;
  templates?: SendGridTemplate[];
  /** Requests allowed per window before 429 (default 600 per minute). */
  rateLimit?: RateLimit;
}

export interface SendGridSimulator extends Simulator {
  readonly apiKey: string;
  readonly messages: SendGridSentEmail[];
  readonly templates: SendGridTemplate[];
  /** Base64 DER public key that verifies `signEvents` posts. */
  readonly eventWebhookPublicKey: string;
  /** Builds a signed Event Webhook post (raw body with CRLF and headers). */
  signEvents(events: unknown[], timestamp?: number): SignedEventPost;
  /** Events SendGrid would post for a sent email, with custom args as top-level keys. */
  eventsFor(message: SendGridSentEmail, kinds: string[]): Array<Record<string, unknown>>;
  setRateLimit(options: RateLimit): void;
  /** The global unsubscribe list (lower-case addresses). */
  readonly globalUnsubscribes: Set<string>;
}

type Json = Record<string, unknown>;

const UNAUTHORIZED = {
  errors: [{ field: null, message: 'The provided authorization grant is invalid, expired, or revoked' }],
};

const addresses = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((a) => String((a as Json).email)) : [];

export function createSendGridSimulator(options: SendGridSimulatorOptions = {}): SendGridSimulator {
  const apiKey = options.apiKey ?? SENDGRID_SIMULATOR_KEY;
  const templates = options.templates ?? [
    { id: 'd-4f0b3c5e8a9d4d2c9b1a7e6f5d4c3b2a', name: 'Lead follow-up', subject: 'Hi {{first_name}}' },
    { id: 'd-9a8b7c6d5e4f40312233445566778899', name: 'Meeting reminder', subject: 'See you {{day}}' },
  ];
  const messages: SendGridSentEmail[] = [];
  const globalUnsubscribes = new Set<string>();
  let window = createRateWindow(options.rateLimit ?? { requests: 600, perMs: 60_000 });
  const signer = createEventWebhookSigner();

  const guarded =
    (handler: (req: SimRequest) => SimResponse) =>
    (req: SimRequest): SimResponse => {
      const take = window.take(req.headers.authorization ?? 'anonymous');
      const headers = {
        'X-RateLimit-Limit': String(take.limit),
        'X-RateLimit-Remaining': String(take.remaining),
        'X-RateLimit-Reset': String(Math.ceil(take.resetAt / 1000)),
      };
      if (!take.allowed)
        return { status: 429, headers, body: { errors: [{ field: null, message: 'too many requests' }] } };
      if (req.headers.authorization !== `Bearer ${apiKey}`)
        return { status: 401, headers, body: UNAUTHORIZED };
      const res = handler(req);
      return { ...res, headers: { ...headers, ...res.headers } };
    };

  const mailSend = (req: SimRequest): SimResponse => {
    const body = bodyObject(req);
    const errors = validateMailSend(body, new Set(templates.map((t) => t.id)));
    if (errors.length > 0) return { status: 400, body: { errors } };
    const mail = body as Json;
    const mailSettings = (mail.mail_settings ?? {}) as Json;
    if ((mailSettings.sandbox_mode as Json | undefined)?.enable === true) return { status: 200 };
    const xMessageId = randomBytes(16).toString('base64url').slice(0, 22);
    (mail.personalizations as Json[]).forEach((p, i) => {
      messages.push({
        messageId: `${xMessageId}.filterdrecv-sim-${i}`,
        xMessageId,
        from: String((mail.from as Json).email),
        to: addresses(p.to),
        subject: (p.subject ?? mail.subject) as string | undefined,
        content: (mail.content ?? []) as SendGridSentEmail['content'],
        templateId: mail.template_id as string | undefined,
        dynamicTemplateData: p.dynamic_template_data as Json | undefined,
        categories: (mail.categories ?? []) as string[],
        customArgs: {
          ...(mail.custom_args as Record<string, string>),
          ...(p.custom_args as Record<string, string>),
        },
        request: mail,
      });
    });
    return { status: 202, headers: { 'X-Message-Id': xMessageId } };
  };

  const listTemplates = (req: SimRequest): SimResponse => {
    const size = Number(req.query.page_size ?? 10);
    if (!Number.isInteger(size) || size < 1 || size > 200) {
      return {
        status: 400,
        body: { errors: [{ field: 'page_size', message: 'page_size should be between 0 and 200.' }] },
      };
    }
    const start = Number(req.query.page_token ?? 0);
    const page = templates.slice(start, start + size);
    const next = start + size < templates.length ? String(start + size) : undefined;
    return {
      status: 200,
      body: {
        result: page.map((t) => ({
          id: t.id,
          name: t.name,
          generation: 'dynamic',
          updated_at: '2024-01-01 00:00:00',
          versions: [
            { id: `${t.id}-v1`, template_id: t.id, active: 1, name: `${t.name} v1`, subject: t.subject },
          ],
        })),
        _metadata: {
          self: `/v3/templates?page_size=${size}`,
          ...(next ? { next: `/v3/templates?page_size=${size}&page_token=${next}` } : {}),
          count: templates.length,
        },
      },
    };
  };

  const sim = createSimulator('sendgrid', [
    { method: 'POST', path: '/v3/mail/send', handle: guarded(mailSend) },
    { method: 'GET', path: '/v3/templates', handle: guarded(listTemplates) },
    {
      method: 'GET',
      path: '/v3/scopes',
      handle: guarded(() => ({ status: 200, body: { scopes: ['mail.send', 'templates.read'] } })),
    },
    {
      method: 'GET',
      path: '/v3/user/webhooks/event/settings/signed',
      handle: guarded(() => ({ status: 200, body: { public_key: signer.publicKey } })),
    },
    ...globalUnsubscribeRoutes(globalUnsubscribes, guarded),
  ]);

  return Object.assign(sim, {
    apiKey,
    messages,
    templates,
    globalUnsubscribes,
    eventWebhookPublicKey: signer.publicKey,
    signEvents: (events: unknown[], timestamp?: number) => signer.sign(events, timestamp),
    setRateLimit: (next: RateLimit) => {
      window = createRateWindow(next);
    },
    eventsFor(message: SendGridSentEmail, kinds: string[]) {
      return kinds.map((event, i) => ({
        email: message.to[0],
        timestamp: 1_700_000_000 + i,
        event,
        sg_event_id: `${message.xMessageId}-${event}-${i}`,
        sg_message_id: message.messageId,
        'smtp-id': `<${message.xMessageId}@sim.sendgrid.net>`,
        category: message.categories,
        ...(event === 'delivered' ? { response: '250 OK', tls: 1, ip: '127.0.0.1' } : {}),
        ...(event === 'bounce' ? { reason: '550 5.1.1 unknown user', status: '5.1.1', type: 'bounce' } : {}),
        ...message.customArgs,
      }));
    },
  });
}
