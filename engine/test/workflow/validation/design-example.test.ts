import { NodeRegistry, Prop, defineNode, defineTrigger } from '@ainow/engine/sdk';
import { validateWorkflow } from '@ainow/engine/workflow';

// Stand-ins for core.webhook, neverbounce.verifyEmail and core.if with the same types and ports.
const registry = new NodeRegistry()
  .add(
    defineTrigger({
      type: 'core.webhook',
      version: 1,
      displayName: 'Webhook',
      description: 'x',
      category: 'Triggers',
      trigger: { kind: 'webhook' },
      effect: 'read',
      props: {
        path: Prop.text({ label: 'Path', required: true }),
        method: Prop.text({ label: 'Method', default: 'POST' }),
      },
    }),
  )
  .add(
    defineNode({
      type: 'neverbounce.verifyEmail',
      version: 1,
      displayName: 'Verify email',
      description: 'x',
      category: 'Leads',
      credential: { type: 'neverbounce' },
      effect: 'read',
      props: { email: Prop.text({ label: 'Email', required: true }) },
      runItem: async () => null,
    }),
  )
  .add(
    defineNode({
      type: 'core.if',
      version: 1,
      displayName: 'If',
      description: 'x',
      category: 'Flow',
      effect: 'read',
      outputs: ['true', 'false'],
      props: { conditions: Prop.conditions({ label: 'Conditions', required: true }) },
      run: async () => [],
    }),
  );

// The example document of DESIGN.md section 2.
//   Form submitted ──▶ Verify email ──▶ Is valid?
const example = {
  schemaVersion: 1,
  name: 'Inbound lead: enrich, verify, score, route',
  nodes: [
    {
      id: 'hook',
      name: 'Form submitted',
      type: 'core.webhook',
      version: 1,
      position: { x: 0, y: 0 },
      parameters: { path: 'lead', method: 'POST' },
    },
    {
      id: 'verify',
      name: 'Verify email',
      type: 'neverbounce.verifyEmail',
      version: 1,
      position: { x: 240, y: 0 },
      parameters: { email: '{{ $json.body.email }}' },
      credentials: { neverbounce: 'cred_8f2' },
      retry: { maxAttempts: 3, delayMs: 1000, backoff: 'exponential' },
      onError: 'route',
    },
    {
      id: 'valid',
      name: 'Is valid?',
      type: 'core.if',
      version: 1,
      position: { x: 480, y: 0 },
      parameters: { conditions: [{ left: '{{ $json.result }}', op: 'equals', right: 'valid' }] },
    },
  ],
  connections: [
    { from: { node: 'hook', port: 'main' }, to: { node: 'verify', port: 'main' } },
    { from: { node: 'verify', port: 'main' }, to: { node: 'valid', port: 'main' } },
  ],
  settings: { timezone: 'UTC', errorWorkflowId: null, timeoutMs: 300000 },
  pinData: { hook: [{ json: { body: { email: 'ada@example.com' } } }] },
};

describe('the DESIGN.md example', () => {
  it('is valid, and parses to itself', () => {
    const result = validateWorkflow(example, registry);
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.workflow).toEqual(example);
  });

  it('gives the documented message for a port that does not exist', () => {
    //   Is valid? ──maybe──▶ Verify email
    const broken = {
      ...example,
      connections: [
        ...example.connections,
        { from: { node: 'valid', port: 'maybe' }, to: { node: 'verify', port: 'main' } },
      ],
    };
    const messages = validateWorkflow(broken, registry).problems.map((p) => p.message);
    expect(messages).toContain("node 'Is valid?' port 'maybe' does not exist; ports are true, false");
  });
});
