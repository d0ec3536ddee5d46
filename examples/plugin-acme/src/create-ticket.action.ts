import { defineNode, Prop } from '@ainow/engine/sdk';
import { acmeError } from './acme-error';

/**
 * Acme: create ticket (`POST /api/v2/tickets`). One ticket per item; the description is a
 * Handlebars template rendered with the item's fields. The request carries the runtime's
 * per-item idempotency key, so a retried or resumed run never opens the same ticket twice.
 *
 * @example
 * { "type": "acme.createTicket", "version": 1, "credentials": { "acme": "cred_acme" },
 *   "parameters": { "subject": "Payment failed: {{ $json.company }}", "requesterEmail": "{{ $json.email }}",
 *                   "description": "Hi {{first_name}}, we could not charge your card.", "priority": "high" } }
 */
interface AcmeTicket {
  id: string;
  number: number;
  status: string;
  priority: string;
  subject: string;
  description: string;
  requester: { email: string };
  tags: string[];
  url: string;
  created_at: string;
}

const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;

export const createTicket = defineNode({
  type: 'acme.createTicket',
  version: 1,
  displayName: 'Acme: create ticket',
  description: 'Opens a ticket in Acme Helpdesk for each item',
  category: 'Utility',
  icon: 'life-buoy',
  docsUrl: 'https://github.com/ainow/ainow/tree/main/examples/plugin-acme#readme',
  credential: { type: 'acme', required: true },
  effect: 'write',
  idempotent: true,
  rateLimit: { requests: 10, perMs: 1000 },
  props: {
    subject: Prop.text({
      label: 'Subject',
      required: true,
      placeholder: 'Payment failed: {{ $json.company }}',
    }),
    requesterEmail: Prop.text({ label: 'Requester email', required: true, placeholder: '{{ $json.email }}' }),
    description: Prop.template({
      label: 'Description',
      help: 'Handlebars: the item’s fields at top level, e.g. {{first_name}}',
      default: '',
    }),
    priority: Prop.options({
      label: 'Priority',
      default: 'normal',
      options: PRIORITIES.map((value) => ({ value, label: value[0].toUpperCase() + value.slice(1) })),
    }),
    tags: Prop.text({ label: 'Tags', help: 'Comma-separated, e.g. billing, churn-risk' }),
  },
  outputSample: {
    id: 'tkt_1001',
    number: 1001,
    status: 'open',
    priority: 'high',
    subject: 'Payment failed: Initech',
    description: 'Hi Ada, we could not charge your card.',
    requesterEmail: 'ada@initech.com',
    tags: ['billing'],
    url: 'https://acme-helpdesk.example/tickets/1001',
    createdAt: '2024-01-01T00:00:00.000Z',
    replayed: false,
  },
  async runItem(ctx, item) {
    const p = ctx.props;
    const tags = (p.tags ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const description = p.description ? ctx.renderTemplate(p.description, item, ctx.itemIndex) : '';
    try {
      const res = await ctx.http.request<{ ticket: AcmeTicket }>({
        method: 'POST',
        url: '/api/v2/tickets',
        headers: { 'idempotency-key': ctx.idempotencyKey },
        body: {
          subject: p.subject.trim(),
          description,
          requester: { email: p.requesterEmail.trim() },
          priority: p.priority,
          tags,
        },
      });
      const t = res.body.ticket;
      return {
        json: {
          id: t.id,
          number: t.number,
          status: t.status,
          priority: t.priority,
          subject: t.subject,
          description: t.description,
          requesterEmail: t.requester.email,
          tags: t.tags,
          url: t.url,
          createdAt: t.created_at,
          replayed: res.headers['idempotent-replayed'] === 'true',
        },
      };
    } catch (error) {
      throw acmeError(error);
    }
  },
});
