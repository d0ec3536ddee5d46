import {
  applyChange,
  applyChanges,
  uniqueNodeName,
  workflowSchema,
  type Workflow,
  type WorkflowChange,
} from '@ainow/engine/workflow';
import { doc, node, wires } from '../fake-nodes';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

//   t ──▶ v ──▶ i ──true──▶ s
//               └──false──▶ n        pinData on v
const base: Workflow = deepFreeze(
  workflowSchema.parse(
    doc(
      [
        node('t', 'test.trigger', { name: 'Start' }),
        node('v', 'test.verify', {
          name: 'Verify',
          parameters: { email: 'a@b.c', options: { timeout: 5 } },
          credentials: { neverbounce: 'c1' },
        }),
        node('i', 'test.if', {
          name: 'Is valid?',
          parameters: { conditions: [{ left: 1, op: 'equals', right: 1 }] },
        }),
        node('s', 'test.set', { name: 'Set', parameters: { fields: [{ name: 'a' }, { name: 'b' }] } }),
        node('n', 'test.noop', { name: 'Nothing' }),
      ],
      wires('t -> v', 'v -> i', 'i:true -> s', 'i:false -> n'),
      { pinData: { v: [{ json: { result: 'valid' } }] } },
    ),
  ),
);

const ids = (w: Workflow) => w.nodes.map((n) => n.id);
const edges = (w: Workflow) =>
  w.connections.map((c) => `${c.from.node}:${c.from.port} -> ${c.to.node}:${c.to.port}`);

describe('applyChange: what each change does', () => {
  it('addNode adds a node with defaults, optionally at an index and with pinned data', () => {
    const { workflow } = applyChange(base, {
      type: 'addNode',
      node: { id: 'x', name: 'Extra', type: 'test.noop', version: 1 },
      index: 1,
      pinData: [{ json: { a: 1 } }],
    });
    expect(ids(workflow)).toEqual(['t', 'x', 'v', 'i', 's', 'n']);
    expect(workflow.nodes[1]).toEqual({
      id: 'x',
      name: 'Extra',
      type: 'test.noop',
      version: 1,
      position: { x: 0, y: 0 },
      parameters: {},
    });
    expect(workflow.pinData?.x).toEqual([{ json: { a: 1 } }]);
  });

  it.each([
    [
      'an id in use',
      { id: 'v', name: 'Other' },
      "cannot add node 'Other': id 'v' is already used by 'Verify'",
    ],
    [
      'a name in use',
      { id: 'z', name: 'Verify' },
      "cannot add node 'Verify': another node has that name; pick another one",
    ],
  ])('addNode refuses %s', (_label, identity, message) => {
    expect(() =>
      applyChange(base, { type: 'addNode', node: { ...identity, type: 'test.noop', version: 1 } }),
    ).toThrow(message);
  });

  it('removeNode removes the node, its connections and its pinned data', () => {
    //   t     i ──true──▶ s
    //         └──false──▶ n
    const { workflow } = applyChange(base, { type: 'removeNode', nodeId: 'v' });
    expect(ids(workflow)).toEqual(['t', 'i', 's', 'n']);
    expect(edges(workflow)).toEqual(['i:true -> s:main', 'i:false -> n:main']);
    expect(workflow.pinData).toEqual({});
  });

  it('connect adds a connection with main ports by default, once', () => {
    const once = applyChange(base, {
      type: 'connect',
      connection: { from: { node: 'n' }, to: { node: 's' } },
    });
    expect(edges(once.workflow).at(-1)).toBe('n:main -> s:main');
    const twice = applyChange(once.workflow, {
      type: 'connect',
      connection: { from: { node: 'n', port: 'main' }, to: { node: 's' } },
    });
    expect(twice.workflow).toBe(once.workflow);
    expect(twice.inverse).toEqual({ type: 'batch', changes: [] });
  });

  it('connect refuses a node that does not exist', () => {
    expect(() =>
      applyChange(base, { type: 'connect', connection: { from: { node: 't' }, to: { node: 'ghost' } } }),
    ).toThrow("connect: no node has id 'ghost'");
  });

  it('disconnect removes the matching connection and ignores one that is not there', () => {
    const { workflow } = applyChange(base, {
      type: 'disconnect',
      connection: { from: { node: 'i', port: 'true' }, to: { node: 's' } },
    });
    expect(edges(workflow)).toEqual(['t:main -> v:main', 'v:main -> i:main', 'i:false -> n:main']);
    expect(
      applyChange(base, {
        type: 'disconnect',
        connection: { from: { node: 'i', port: 'maybe' }, to: { node: 's' } },
      }).workflow,
    ).toBe(base);
  });

  it.each<[string, string | Array<string | number>, unknown, boolean | undefined, Record<string, unknown>]>([
    ['replaces a top-level value', 'email', 'x@y.z', undefined, { email: 'x@y.z', options: { timeout: 5 } }],
    ['sets a nested value', 'options.timeout', 9, undefined, { email: 'a@b.c', options: { timeout: 9 } }],
    [
      'creates objects on the way',
      'options.retry.count',
      2,
      undefined,
      { email: 'a@b.c', options: { timeout: 5, retry: { count: 2 } } },
    ],
    [
      'creates an array before index 0',
      'tags.0',
      'hot',
      undefined,
      { email: 'a@b.c', options: { timeout: 5 }, tags: ['hot'] },
    ],
    [
      'replaces a text value that is in the way',
      'email.domain',
      'b.c',
      undefined,
      { email: { domain: 'b.c' }, options: { timeout: 5 } },
    ],
    ['removes a value', 'options.timeout', undefined, undefined, { email: 'a@b.c', options: {} }],
    [
      'takes a path as a list of keys',
      ['options', 'timeout'],
      1,
      undefined,
      { email: 'a@b.c', options: { timeout: 1 } },
    ],
  ])('setParameter %s', (_label, path, value, insert, expected) => {
    const { workflow } = applyChange(base, { type: 'setParameter', nodeId: 'v', path, value, insert });
    expect(workflow.nodes[1].parameters).toEqual(expected);
  });

  it.each<[string, string, unknown, boolean | undefined, unknown]>([
    ['replaces a row', 'fields.0', { name: 'z' }, undefined, [{ name: 'z' }, { name: 'b' }]],
    ['appends a row', 'fields.2', { name: 'c' }, undefined, [{ name: 'a' }, { name: 'b' }, { name: 'c' }]],
    ['inserts a row', 'fields.1', { name: 'm' }, true, [{ name: 'a' }, { name: 'm' }, { name: 'b' }]],
    ['removes a row', 'fields.0', undefined, undefined, [{ name: 'b' }]],
    [
      'sets a field in a row',
      'fields.1.value',
      '{{ $json.x }}',
      undefined,
      [{ name: 'a' }, { name: 'b', value: '{{ $json.x }}' }],
    ],
  ])('setParameter on a list %s', (_label, path, value, insert, expected) => {
    const { workflow } = applyChange(base, { type: 'setParameter', nodeId: 's', path, value, insert });
    expect(workflow.nodes[3].parameters.fields).toEqual(expected);
  });

  it('setParameter refuses an index past the end of a list', () => {
    expect(() =>
      applyChange(base, { type: 'setParameter', nodeId: 's', path: 'fields.5', value: {} }),
    ).toThrow("setParameter: index 5 is past the end of 'fields' (length 2)");
  });

  it('moveNode and updateNode change only that node', () => {
    const moved = applyChange(base, { type: 'moveNode', nodeId: 'n', position: { x: 10, y: 20 } }).workflow;
    expect(moved.nodes[4].position).toEqual({ x: 10, y: 20 });
    expect(moved.nodes.slice(0, 4)).toEqual(base.nodes.slice(0, 4));
    moved.nodes.slice(0, 4).forEach((n, index) => expect(n).toBe(base.nodes[index]));
    const updated = applyChange(base, {
      type: 'updateNode',
      nodeId: 'v',
      patch: { onError: 'route', credentials: undefined },
    }).workflow;
    expect(updated.nodes[1]).toMatchObject({ onError: 'route' });
    expect(updated.nodes[1]).not.toHaveProperty('credentials');
    expect(() => applyChange(base, { type: 'updateNode', nodeId: 'v', patch: { name: 'x' } })).toThrow(
      "updateNode cannot change a node's name; use renameNode for names",
    );
  });
});

describe('applyChange: undo', () => {
  const changes: Array<[string, WorkflowChange]> = [
    [
      'addNode',
      { type: 'addNode', node: { id: 'x', name: 'X', type: 'test.noop', version: 1 }, index: 2, pinData: [] },
    ],
    ['removeNode with connections and pinned data', { type: 'removeNode', nodeId: 'v' }],
    ['removeNode of a node in the middle of the list', { type: 'removeNode', nodeId: 'i' }],
    ['renameNode', { type: 'renameNode', nodeId: 'i', name: 'Valid?' }],
    ['connect', { type: 'connect', connection: { from: { node: 'n' }, to: { node: 's' } }, index: 1 }],
    ['disconnect', { type: 'disconnect', connection: { from: { node: 'v' }, to: { node: 'i' } } }],
    ['setParameter (replace)', { type: 'setParameter', nodeId: 'v', path: 'email', value: 'x' }],
    ['setParameter (create on the way)', { type: 'setParameter', nodeId: 'v', path: 'a.b.c', value: 1 }],
    [
      'setParameter (create an array)',
      { type: 'setParameter', nodeId: 'v', path: 'list.0.name', value: 'n' },
    ],
    ['setParameter (text in the way)', { type: 'setParameter', nodeId: 'v', path: 'email.x', value: 1 }],
    [
      'setParameter (remove)',
      { type: 'setParameter', nodeId: 'v', path: 'options.timeout', value: undefined },
    ],
    [
      'setParameter (remove a row)',
      { type: 'setParameter', nodeId: 's', path: 'fields.0', value: undefined },
    ],
    [
      'setParameter (insert a row)',
      { type: 'setParameter', nodeId: 's', path: 'fields.0', value: { name: 'first' }, insert: true },
    ],
    [
      'setParameter (append a row)',
      { type: 'setParameter', nodeId: 's', path: 'fields.2', value: { name: 'last' } },
    ],
    ['moveNode', { type: 'moveNode', nodeId: 't', position: { x: 5, y: 5 } }],
    [
      'updateNode',
      {
        type: 'updateNode',
        nodeId: 'v',
        patch: { retry: { maxAttempts: 2, delayMs: 10, backoff: 'fixed' }, credentials: undefined },
      },
    ],
    [
      'batch',
      {
        type: 'batch',
        changes: [
          { type: 'addNode', node: { id: 'x', name: 'X', type: 'test.noop', version: 1 } },
          { type: 'connect', connection: { from: { node: 'n' }, to: { node: 'x' } } },
          { type: 'renameNode', nodeId: 'x', name: 'Y' },
          { type: 'removeNode', nodeId: 'n' },
        ],
      },
    ],
  ];

  it.each(changes)('%s: never mutates, and its inverse restores the workflow exactly', (_label, change) => {
    const before = JSON.stringify(base);
    const { workflow, inverse } = applyChange(base, change);
    expect(workflow).not.toEqual(base);
    expect(JSON.stringify(base)).toBe(before);
    const undone = applyChange(workflow, inverse);
    expect(undone.workflow).toEqual(base);
    expect(JSON.stringify(undone.workflow)).toBe(before);
    expect(applyChange(undone.workflow, undone.inverse).workflow).toEqual(workflow);
  });

  it('applyChanges applies a list as one step', () => {
    const { workflow, inverse } = applyChanges(base, [
      { type: 'moveNode', nodeId: 't', position: { x: 1, y: 1 } },
      { type: 'moveNode', nodeId: 't', position: { x: 2, y: 2 } },
    ]);
    expect(workflow.nodes[0].position).toEqual({ x: 2, y: 2 });
    expect(applyChange(workflow, inverse).workflow).toEqual(base);
  });

  it('refuses a change type it does not know', () => {
    expect(() => applyChange(base, { type: 'explode' } as never)).toThrow(
      "applyChange: unknown change type 'explode'",
    );
  });
});

describe('uniqueNodeName', () => {
  it.each([
    ['New', 'New'],
    ['Set', 'Set 3'],
    ['Set 2', 'Set 3'],
    ['Verify', 'Verify 2'],
  ])('%s -> %s', (name, expected) => {
    const workflow = applyChange(base, {
      type: 'addNode',
      node: { id: 'x', name: 'Set 2', type: 'test.noop', version: 1 },
    }).workflow;
    expect(uniqueNodeName(workflow, name)).toBe(expected);
  });
});
