import { Prop, defineTrigger } from '@ainow/engine/sdk';
import { passThrough } from '../shared/pairing';
import { verifyWebhook, type WebhookAuthProps } from './verify-webhook';

/**
 * Starts a run when an HTTP request arrives at `/webhook/<path>` (`/webhook-test/<path>` from the
 * editor). The server matches path and method, calls `webhook.verify`, and starts the run with one
 * item `{ body, headers, query, params, method }`, which this node passes on.
 *
 * `responseMode`: `immediately` answers `responseStatus` at once; `lastNode` answers with the
 * output of the last node that ran; `respondNode` waits for a Respond to Webhook node.
 *
 * @example
 * { "type": "core.webhook", "parameters": { "path": "lead", "method": "POST", "auth": "hmac", "secret": "…" } }
 */
export const webhook = defineTrigger({
  type: 'core.webhook',
  version: 1,
  displayName: 'Webhook',
  description: 'Starts the workflow when an HTTP request arrives',
  category: 'Triggers',
  icon: 'webhook',
  trigger: { kind: 'webhook' },
  effect: 'read',
  props: {
    path: Prop.text({
      label: 'Path',
      help: 'The URL is /webhook/<path>; letters, digits, -, _ and / only',
      required: true,
      placeholder: 'new-lead',
    }),
    method: Prop.options({
      label: 'HTTP method',
      default: 'POST',
      options: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'].map((m) => ({ value: m, label: m })),
    }),
    auth: Prop.options({
      label: 'Authentication',
      default: 'none',
      options: [
        { value: 'none', label: 'None' },
        { value: 'headerToken', label: 'Token in a header' },
        { value: 'basic', label: 'Basic auth (user name and password)' },
        { value: 'hmac', label: 'HMAC-SHA256 signature of the body' },
      ],
    }),
    headerName: Prop.text({
      label: 'Header name',
      default: 'X-Webhook-Token',
      showIf: { auth: ['headerToken'] },
    }),
    token: Prop.text({ label: 'Token', showIf: { auth: ['headerToken'] } }),
    username: Prop.text({ label: 'User name', showIf: { auth: ['basic'] } }),
    password: Prop.text({ label: 'Password', showIf: { auth: ['basic'] } }),
    signatureHeader: Prop.text({
      label: 'Signature header',
      default: 'X-Signature-256',
      help: 'Header holding the signature; a "sha256=" prefix is accepted',
      showIf: { auth: ['hmac'] },
    }),
    secret: Prop.text({ label: 'Signing secret', showIf: { auth: ['hmac'] } }),
    signatureEncoding: Prop.options({
      label: 'Signature encoding',
      default: 'hex',
      showIf: { auth: ['hmac'] },
      options: [
        { value: 'hex', label: 'Hex' },
        { value: 'base64', label: 'Base64' },
      ],
    }),
    responseMode: Prop.options({
      label: 'Respond',
      default: 'immediately',
      options: [
        {
          value: 'immediately',
          label: 'Immediately',
          description: 'Answer as soon as the request is accepted',
        },
        { value: 'lastNode', label: 'When the last node finishes', description: 'Answer with its output' },
        { value: 'respondNode', label: 'Using a Respond to Webhook node' },
      ],
    }),
    responseStatus: Prop.number({
      label: 'Response status',
      default: 200,
      showIf: { responseMode: ['immediately'] },
    }),
  },
  outputSample: {
    body: { email: 'ada@example.com' },
    headers: { 'content-type': 'application/json' },
    query: {},
    params: {},
    method: 'POST',
  },
  validate(props) {
    const problems: string[] = [];
    const path = typeof props.path === 'string' ? props.path.trim() : '';
    if (!path) problems.push('set a path: the webhook URL is /webhook/<path>');
    else if (!/^[A-Za-z0-9_\-/:]+$/.test(path)) {
      problems.push(`path '${path}' may only contain letters, digits, -, _, / and :param parts`);
    }
    const auth = props.auth ?? 'none';
    if (auth === 'headerToken' && !props.token) problems.push('token authentication needs a token');
    if (auth === 'basic' && (!props.username || !props.password))
      problems.push('basic authentication needs a user name and a password');
    if (auth === 'hmac' && !props.secret) problems.push('HMAC signatures need a signing secret');
    return problems;
  },
  webhook: {
    verify: (request, ctx) => verifyWebhook(request, ctx.props as WebhookAuthProps),
  },
  async run(ctx) {
    return passThrough(ctx.items);
  },
});
