import { validateWorkflow, type Problem } from '@ainow/engine/workflow';
import { doc, fakeRegistry, node, wires } from '../fake-nodes';

const registry = fakeRegistry();
const brief = (problems: Problem[]) => problems.map(({ code, path, message }) => ({ code, path, message }));
const verify = (id: string, extra = {}) =>
  node(id, 'test.verify', {
    parameters: { email: '{{ $json.email }}' },
    credentials: { neverbounce: 'cred_1' },
    ...extra,
  });

describe('validateWorkflow with a registry: node types and ports', () => {
  it.each([
    [
      'unknown type',
      doc([node('a', 'acme.nothing', { name: 'Mystery' })]),
      {
        code: 'unknown-node-type',
        path: '$.nodes[0].type',
        message:
          "node 'Mystery' uses type 'acme.nothing', which is not installed; check the spelling or install the plugin that provides it",
      },
    ],
    [
      'unknown version of a known type',
      doc([verify('v', { name: 'Verify email', version: 3 })]),
      {
        code: 'unknown-node-version',
        path: '$.nodes[0].version',
        message: "node 'Verify email' uses test.verify version 3; versions 1, 2 exist",
      },
    ],
    [
      'unknown output port',
      //   t ──▶ Is valid? ──maybe──▶ n
      doc(
        [
          node('t', 'test.trigger'),
          node('i', 'test.if', { name: 'Is valid?', parameters: { conditions: [{}] } }),
          node('n', 'test.noop'),
        ],
        wires('t -> i', 'i:maybe -> n'),
      ),
      {
        code: 'unknown-port',
        path: '$.connections[1].from.port',
        message: "node 'Is valid?' port 'maybe' does not exist; ports are true, false",
      },
    ],
    [
      'unknown input port',
      //   t ──▶ m:c
      doc([node('t', 'test.trigger'), node('m', 'test.merge', { name: 'Merge' })], wires('t -> m:c')),
      {
        code: 'unknown-port',
        path: '$.connections[0].to.port',
        message: "node 'Merge' input port 'c' does not exist; input ports are a, b",
      },
    ],
    [
      'a connection into a trigger',
      //   n ──▶ t
      doc([node('n', 'test.noop'), node('t', 'test.trigger', { name: 'Start' })], wires('n -> t')),
      {
        code: 'unknown-port',
        path: '$.connections[0].to.port',
        message: "node 'Start' takes no input (it starts the workflow); remove this connection",
      },
    ],
    [
      'the error port without onError: route',
      //   v ──error──▶ n
      doc([verify('v'), node('n', 'test.noop')], wires('v:error -> n')),
      {
        code: 'unknown-port',
        path: '$.connections[0].from.port',
        message: "node 'v' port 'error' does not exist; ports are main",
      },
    ],
    [
      'a Switch port that no rule names',
      //   s ──c──▶ n       (rules a, b; fallback off)
      doc(
        [
          node('s', 'test.switch', {
            parameters: { rules: [{ name: 'a' }, { name: 'b' }], fallback: false },
          }),
          node('n', 'test.noop'),
        ],
        wires('s:c -> n'),
      ),
      {
        code: 'unknown-port',
        path: '$.connections[0].from.port',
        message: "node 's' port 'c' does not exist; ports are a, b",
      },
    ],
  ])('%s', (_label, input, expected) => {
    expect(brief(validateWorkflow(input, registry).problems)).toEqual([expected]);
  });

  it.each([
    [
      'onError: route adds the error port',
      doc([verify('v', { onError: 'route' }), node('n', 'test.noop')], wires('v:error -> n')),
    ],
    [
      'Switch ports follow its rules and default fallback',
      doc(
        [node('s', 'test.switch', { parameters: { rules: [{ name: 'hot' }] } }), node('n', 'test.noop')],
        wires('s:hot -> n', 's:fallback -> n'),
      ),
    ],
    [
      'Merge inputs a and b',
      doc([node('t', 'test.trigger'), node('m', 'test.merge')], wires('t -> m:a', 't -> m:b')),
    ],
  ])('accepts: %s', (_label, input) => {
    expect(validateWorkflow(input, registry)).toMatchObject({ ok: true, problems: [] });
  });
});

describe('validateWorkflow with a registry: cycles', () => {
  it.each([
    [
      //   a ──▶ b ──▶ c
      //   ▲           │
      //   └───────────┘
      'a plain cycle',
      doc(
        [
          node('a', 'test.noop', { name: 'A' }),
          node('b', 'test.noop', { name: 'B' }),
          node('c', 'test.noop', { name: 'C' }),
        ],
        wires('a -> b', 'b -> c', 'c -> a'),
      ),
      [
        {
          code: 'cycle',
          path: '$.connections[2]',
          message:
            "nodes 'A' → 'B' → 'C' → 'A' form a cycle; only a Loop node may send items back, so remove a connection or loop through a Loop node",
        },
      ],
    ],
    [
      //   a ─┐
      //   ▲  │   (a node wired to itself)
      //   └──┘
      'a node wired to itself',
      doc([node('a', 'test.noop', { name: 'A' })], wires('a -> a')),
      [
        {
          code: 'cycle',
          path: '$.connections[0]',
          message:
            "nodes 'A' → 'A' form a cycle; only a Loop node may send items back, so remove a connection or loop through a Loop node",
        },
      ],
    ],
    [
      //   loop ──done──▶ x ──▶ loop      leaves by done, not by the loop port
      'a cycle through a Loop node that leaves by done',
      doc(
        [node('l', 'test.loop', { name: 'Loop' }), node('x', 'test.noop', { name: 'X' })],
        wires('l:done -> x', 'x -> l'),
      ),
      [
        {
          code: 'cycle',
          path: '$.connections[1]',
          message:
            "nodes 'Loop' → 'X' → 'Loop' form a cycle; only a Loop node may send items back, so remove a connection or loop through a Loop node",
        },
      ],
    ],
    [
      //   t ──▶ loop ──loop──▶ body ──▶ loop
      //                 └─done──▶ end
      'a loop body closed by a Loop node',
      doc(
        [
          node('t', 'test.trigger'),
          node('l', 'test.loop'),
          node('body', 'test.noop'),
          node('end', 'test.noop'),
        ],
        wires('t -> l', 'l:loop -> body', 'body -> l', 'l:done -> end'),
      ),
      [],
    ],
    [
      //   loop ──loop──▶ p ──▶ q ──▶ loop
      //                  ▲     │
      //                  └─────┘          p ⇄ q is a second cycle that skips the Loop node
      'a cycle inside a loop body',
      doc(
        [
          node('l', 'test.loop'),
          node('p', 'test.noop', { name: 'P' }),
          node('q', 'test.noop', { name: 'Q' }),
        ],
        wires('l:loop -> p', 'p -> q', 'q -> l', 'q -> p'),
      ),
      [
        {
          code: 'cycle',
          path: '$.connections[3]',
          message:
            "nodes 'P' → 'Q' → 'P' form a cycle; only a Loop node may send items back, so remove a connection or loop through a Loop node",
        },
      ],
    ],
  ])('%s', (_label, input, expected) => {
    expect(brief(validateWorkflow(input, registry).problems)).toEqual(expected);
  });
});

describe('validateWorkflow with a registry: parameters', () => {
  it.each([
    [
      'missing required text',
      node('v', 'test.verify', { name: 'Verify email', credentials: { neverbounce: 'c' } }),
      [
        {
          code: 'missing-parameter',
          path: '$.nodes[0].parameters.email',
          message: "node 'Verify email' needs a value for 'Email' (email)",
        },
      ],
    ],
    [
      'blank required text',
      node('v', 'test.verify', { parameters: { email: '  ' }, credentials: { neverbounce: 'c' } }),
      [
        {
          code: 'missing-parameter',
          path: '$.nodes[0].parameters.email',
          message: "node 'v' needs a value for 'Email' (email)",
        },
      ],
    ],
    [
      'an expression counts as a value',
      node('v', 'test.verify', {
        parameters: { email: '{{ $json.email }}' },
        credentials: { neverbounce: 'c' },
      }),
      [],
    ],
    [
      'required and shown by the default mode',
      node('w', 'test.wait'),
      [
        {
          code: 'missing-parameter',
          path: '$.nodes[0].parameters.amount',
          message: "node 'w' needs a value for 'Amount' (amount)",
        },
      ],
    ],
    [
      'required but hidden by showIf',
      node('w', 'test.wait', { parameters: { mode: 'until', until: '2030-01-01' } }),
      [],
    ],
    [
      'showIf depends on an expression',
      node('w', 'test.wait', { parameters: { mode: '{{ $json.mode }}' } }),
      [],
    ],
    [
      'the definition validate speaks',
      node('w', 'test.wait', { parameters: { amount: -1 } }),
      [
        {
          code: 'invalid-parameter',
          path: '$.nodes[0].parameters',
          message: "node 'w': Amount must not be negative",
        },
      ],
    ],
    [
      'required field in a list row',
      node('s', 'test.set', { parameters: { fields: [{ name: 'a' }, { value: 1 }] } }),
      [
        {
          code: 'missing-parameter',
          path: '$.nodes[0].parameters.fields[1].name',
          message: "node 's' needs a value for 'Name' (name) in 'Fields' row 2",
        },
      ],
    ],
    [
      'an empty required list',
      node('i', 'test.if', { parameters: { conditions: [] } }),
      [
        {
          code: 'missing-parameter',
          path: '$.nodes[0].parameters.conditions',
          message: "node 'i' needs a value for 'Conditions' (conditions)",
        },
      ],
    ],
    ['a disabled node is not checked', node('v', 'test.verify', { disabled: true }), []],
  ])('%s', (_label, input, expected) => {
    expect(brief(validateWorkflow(doc([input]), registry).problems)).toEqual(expected);
  });
});

describe('validateWorkflow with a registry: credentials', () => {
  it.each([
    ['the right type', { neverbounce: 'cred_1' }, [], true],
    [
      'none chosen yet',
      undefined,
      [
        {
          code: 'missing-credential',
          severity: 'warning',
          path: '$.nodes[0].credentials',
          message: "node 'Verify email' has no neverbounce credential yet; choose one before running",
        },
      ],
      true,
    ],
    [
      'an empty id',
      { neverbounce: '' },
      [
        {
          code: 'missing-credential',
          severity: 'warning',
          path: '$.nodes[0].credentials',
          message: "node 'Verify email' has no neverbounce credential yet; choose one before running",
        },
      ],
      true,
    ],
    [
      'the wrong type',
      { zerobounce: 'cred_2' },
      [
        {
          code: 'wrong-credential-type',
          severity: 'error',
          path: '$.nodes[0].credentials.zerobounce',
          message:
            "node 'Verify email' has a zerobounce credential but needs a neverbounce credential; choose a neverbounce credential",
        },
      ],
      false,
    ],
    [
      'an extra one beside the right one',
      { neverbounce: 'cred_1', zerobounce: 'cred_2' },
      [
        {
          code: 'unused-credential',
          severity: 'warning',
          path: '$.nodes[0].credentials.zerobounce',
          message:
            "node 'Verify email' uses a neverbounce credential, so its zerobounce credential is ignored; remove it",
        },
      ],
      true,
    ],
  ])('%s', (_label, credentials, expected, ok) => {
    const input = doc([
      node('v', 'test.verify', { name: 'Verify email', parameters: { email: 'a@b.c' }, credentials }),
    ]);
    const result = validateWorkflow(input, registry);
    expect(
      result.problems.map(({ code, severity, path, message }) => ({ code, severity, path, message })),
    ).toEqual(expected);
    expect(result.ok).toBe(ok);
  });

  it('warns about a credential on a node that uses none', () => {
    const result = validateWorkflow(
      doc([node('n', 'test.noop', { credentials: { hubspot: 'c' } })]),
      registry,
    );
    expect(brief(result.problems)).toEqual([
      {
        code: 'unused-credential',
        path: '$.nodes[0].credentials.hubspot',
        message: "node 'n' uses no credential, so its hubspot credential is ignored; remove it",
      },
    ]);
  });
});

describe('validateWorkflow: every problem at once', () => {
  it('reports shape problems and still checks the nodes and connections that parse', () => {
    //   t ──▶ ghost        nodes[1] has a bad version, nodes[2] an unknown type
    const input = doc(
      [
        node('t', 'test.trigger'),
        node('bad', 'test.noop', { version: 0 }),
        node('m', 'acme.nothing', { name: 'Mystery' }),
        node('m', 'test.noop', { name: 'Twin' }),
      ],
      wires('t -> ghost', 'm -> t'),
    );
    const result = validateWorkflow(input, registry);
    expect(result.ok).toBe(false);
    expect(result.workflow).toBeUndefined();
    expect(result.problems.map((p) => [p.code, p.path, p.nodeId])).toEqual([
      ['invalid-shape', '$.nodes[1].version', 'bad'],
      ['duplicate-node-id', '$.nodes[3].id', 'm'],
      ['unknown-node-type', '$.nodes[2].type', 'm'],
      ['connection-missing-node', '$.connections[0].to.node', undefined],
      ['unknown-port', '$.connections[1].to.port', 't'],
    ]);
  });

  it('upgrades a draft before validating it', () => {
    const draft = {
      name: 'Draft',
      nodes: [{ id: 'a', name: 'A', type: 'test.noop', version: 1, position: [5, 6] }],
    };
    const result = validateWorkflow(draft, registry);
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.workflow).toMatchObject({ schemaVersion: 1, nodes: [{ position: { x: 5, y: 6 } }] });
  });
});
