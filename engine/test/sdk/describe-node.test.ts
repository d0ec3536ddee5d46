import {
  NodeRegistry,
  Prop,
  defineCredential,
  defineNode,
  defineTrigger,
  describeCatalog,
  describeNode,
} from '@ainow/engine/sdk';

const pass = async () => [];

const verify = defineNode({
  type: 'test.verify',
  version: 2,
  displayName: 'Verify email',
  description: 'Checks one address',
  category: 'Leads',
  icon: 'mail-check',
  docsUrl: 'https://example.test/docs/verify',
  credential: { type: 'neverbounce' },
  effect: 'read',
  rateLimit: { requests: 10, perMs: 1000 },
  concurrency: 3,
  props: {
    email: Prop.text({ label: 'Email', required: true, placeholder: '{{ $json.email }}' }),
    list: Prop.options({ label: 'List', loadOptions: 'lists' }),
    options: Prop.collection({
      label: 'Options',
      fields: { timeout: Prop.number({ label: 'Timeout', default: 30, min: 1 }) },
    }),
  },
  outputSample: { email: 'ada@example.com', result: 'valid', checkedAt: new Date('2026-01-02T03:04:05Z') },
  loadOptions: { lists: async () => [{ value: 'a', label: 'A' }] },
  validate: () => [],
  runItem: async () => null,
});

const http = defineNode({
  type: 'test.http',
  version: 1,
  displayName: 'HTTP Request',
  description: 'Calls any URL',
  category: 'Utility',
  props: {
    method: Prop.options({
      label: 'Method',
      default: 'GET',
      options: ['GET', 'HEAD', 'POST', 'DELETE'].map((m) => ({ value: m, label: m })),
    }),
    dryRunSafe: Prop.boolean({ label: 'Safe', default: false }),
    url: Prop.text({ label: 'URL', required: true }),
  },
  effect: (props) =>
    props.method === 'GET' || props.method === 'HEAD' ? 'read' : props.method === 'DELETE' ? 'send' : 'write',
  run: pass,
});

const switchNode = defineNode({
  type: 'test.switch',
  version: 1,
  displayName: 'Switch',
  description: 'Routes by rule',
  category: 'Flow',
  effect: 'read',
  props: {
    rules: Prop.list({
      label: 'Rules',
      fields: { name: Prop.text({ label: 'Name', required: true }) },
      default: [{ name: 'hot' }, { name: 'cold' }],
    }),
    fallback: Prop.boolean({ label: 'Fallback', default: true }),
  },
  outputs: (props) => [
    ...(props.rules as Array<{ name: string }>).map((rule) => rule.name),
    ...(props.fallback ? ['fallback'] : []),
  ],
  run: pass,
});

const hook = defineTrigger({
  type: 'test.webhook',
  version: 1,
  displayName: 'Webhook',
  description: 'Starts on a request',
  category: 'Triggers',
  trigger: { kind: 'webhook' },
  effect: 'read',
  props: { path: Prop.text({ label: 'Path', required: true }) },
  webhook: { verify: () => undefined },
});

const loop = defineNode({
  type: 'test.loop',
  version: 1,
  displayName: 'Loop',
  description: 'Batches items',
  category: 'Flow',
  effect: 'read',
  props: { batchSize: Prop.number({ label: 'Batch size', default: 10 }) },
  outputs: ['loop', 'done'],
  loop: { port: 'loop' },
  run: pass,
});

const neverbounce = defineCredential({
  name: 'neverbounce',
  displayName: 'NeverBounce API key',
  fields: { apiKey: { ...Prop.text({ label: 'API key', required: true }), secret: true } },
  baseUrl: { default: 'https://api.neverbounce.test', simulator: 'neverbounce' },
  authenticate: (_values, request) => request,
  test: { method: 'GET', url: '/v4.2/account/info' },
});

describe('describeNode', () => {
  it('describes a static node as plain JSON without functions', () => {
    const description = describeNode(verify);
    expect(description).toEqual({
      type: 'test.verify',
      version: 2,
      displayName: 'Verify email',
      description: 'Checks one address',
      category: 'Leads',
      icon: 'mail-check',
      docsUrl: 'https://example.test/docs/verify',
      props: {
        email: { kind: 'text', label: 'Email', required: true, placeholder: '{{ $json.email }}' },
        list: { kind: 'options', label: 'List', loadOptions: 'lists' },
        options: {
          kind: 'collection',
          label: 'Options',
          fields: { timeout: { kind: 'number', label: 'Timeout', default: 30, min: 1 } },
        },
      },
      defaults: {},
      credential: { type: 'neverbounce', required: true },
      effect: 'read',
      rateLimit: { requests: 10, perMs: 1000 },
      inputs: ['main'],
      outputs: ['main'],
      outputSample: { email: 'ada@example.com', result: 'valid', checkedAt: '2026-01-02T03:04:05.000Z' },
      concurrency: 3,
      loadOptions: ['lists'],
    });
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
  });

  it('describes an effect that depends on the props by its default and the values that change it', () => {
    expect(describeNode(http)).toMatchObject({
      effect: 'dynamic',
      effectRule: {
        default: 'read',
        when: [
          { prop: 'method', value: 'POST', effect: 'write' },
          { prop: 'method', value: 'DELETE', effect: 'send' },
        ],
      },
      defaults: { method: 'GET', dryRunSafe: false },
    });
  });

  it.each([
    [
      'computed outputs, for the default props',
      switchNode,
      { inputs: ['main'], outputs: ['hot', 'cold', 'fallback'], dynamicOutputs: true },
    ],
    [
      'a trigger: no inputs, webhook verification',
      hook,
      { inputs: [], outputs: ['main'], trigger: { kind: 'webhook' }, webhook: { verifiesRequests: true } },
    ],
    ['a loop node', loop, { outputs: ['loop', 'done'], loop: { port: 'loop' }, defaults: { batchSize: 10 } }],
  ])('%s', (_label, def, expected) => {
    const description = describeNode(def);
    expect(description).toMatchObject(expected);
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
  });

  it('falls back to main when a port function throws for the defaults', () => {
    const fragile = {
      ...switchNode,
      props: {},
      outputs: () => {
        throw new Error('no rules');
      },
    };
    expect(describeNode(fragile)).toMatchObject({ outputs: ['main'], dynamicOutputs: true });
  });
});

describe('describeCatalog', () => {
  it('lists every node version by type and the credential types without their functions', () => {
    const registry = new NodeRegistry()
      .add(verify)
      .add({ ...verify, version: 1 })
      .add(http)
      .add(loop)
      .addCredential(neverbounce);
    const catalog = describeCatalog(registry);
    expect(catalog.nodes.map((n) => `${n.type}@${n.version}`)).toEqual([
      'test.http@1',
      'test.loop@1',
      'test.verify@1',
      'test.verify@2',
    ]);
    expect(catalog.credentials).toEqual([
      {
        name: 'neverbounce',
        displayName: 'NeverBounce API key',
        fields: { apiKey: { kind: 'text', label: 'API key', required: true, secret: true } },
        secretFields: ['apiKey'],
        baseUrl: { default: 'https://api.neverbounce.test', simulator: 'neverbounce' },
        testable: true,
      },
    ]);
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
  });
});
