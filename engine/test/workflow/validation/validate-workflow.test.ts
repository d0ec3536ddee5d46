import { validateWorkflow, workflowSchema, type Problem } from '@ainow/engine/workflow';
import { doc, node, wires } from '../fake-nodes';

const brief = (problems: Problem[]) => problems.map(({ code, path, message }) => ({ code, path, message }));

describe('validateWorkflow: shape', () => {
  it.each([
    ['a string', 'hello', '$', 'the document must be an object, not a string'],
    ['no nodes', { schemaVersion: 1, name: 'x' }, '$.nodes', 'nodes is missing'],
    ['empty name', { schemaVersion: 1, name: '', nodes: [] }, '$.name', 'name must not be empty'],
    [
      'version as text',
      doc([node('a', 'test.noop', { version: 'one' as never })]),
      '$.nodes[0].version',
      "node 'a': version must be a number, not a string",
    ],
    [
      'fractional version',
      doc([node('a', 'test.noop', { version: 1.5 })]),
      '$.nodes[0].version',
      "node 'a': version must be a whole number",
    ],
    [
      'bad onError',
      doc([node('a', 'test.noop', { onError: 'ignore' as never })]),
      '$.nodes[0].onError',
      'node \'a\': onError must be one of "stop", "continue", "route"',
    ],
    [
      'too many attempts',
      doc([node('a', 'test.noop', { retry: { maxAttempts: 50 } })]),
      '$.nodes[0].retry.maxAttempts',
      "node 'a': retry.maxAttempts must be at most 10",
    ],
    [
      'connection without from',
      doc([], [{ to: { node: 'a' } } as never]),
      '$.connections[0].from',
      'connections[0].from is missing',
    ],
    [
      'unnamed node',
      doc([{ id: 'a', type: 'test.noop', version: 1 } as never]),
      '$.nodes[0].name',
      'node #0: name is missing',
    ],
  ])('%s', (_label, input, path, message) => {
    const result = validateWorkflow(input);
    expect(result.ok).toBe(false);
    expect(result.workflow).toBeUndefined();
    expect(brief(result.problems)).toContainEqual({ code: 'invalid-shape', path, message });
  });

  it('reports a schemaVersion newer than the engine once, as unsupported', () => {
    const result = validateWorkflow({ ...doc([]), schemaVersion: 7 });
    expect(brief(result.problems)).toEqual([
      {
        code: 'unsupported-schema-version',
        path: '$.schemaVersion',
        message:
          'this document has schemaVersion 7, but this version of AI-Now reads up to 1; upgrade AI-Now to open it',
      },
    ]);
  });

  it('keeps unknown fields through a parse and serialise round trip', () => {
    const input = {
      ...doc(
        [
          node('a', 'test.noop', {
            futureFlag: true,
            parameters: { x: 1 },
            position: { x: 1, y: 2, z: 3 },
          } as never),
        ],
        wires('a -> a'),
        {
          futureTopLevel: { anything: [1, 2] },
          settings: { timezone: 'Europe/Paris', errorWorkflowId: null, timeoutMs: 1000, colour: 'blue' },
        },
      ),
    };
    (input.connections[0] as Record<string, unknown>).label = 'again';
    const result = validateWorkflow(input);
    expect(result.workflow).toBeDefined();
    const again = JSON.parse(JSON.stringify(result.workflow));
    expect(again.futureTopLevel).toEqual({ anything: [1, 2] });
    expect(again.settings.colour).toBe('blue');
    expect(again.nodes[0].futureFlag).toBe(true);
    expect(again.nodes[0].position).toEqual({ x: 1, y: 2, z: 3 });
    expect(again.connections[0].label).toBe('again');
    expect(workflowSchema.parse(again)).toEqual(result.workflow);
  });
});

describe('validateWorkflow: structure (no registry)', () => {
  it.each([
    [
      'duplicate ids',
      doc([node('a', 'x.y', { name: 'First' }), node('a', 'x.y', { name: 'Second' })]),
      {
        code: 'duplicate-node-id',
        path: '$.nodes[1].id',
        message: "node 'Second' has id 'a', which node 'First' already uses; give each node its own id",
      },
    ],
    [
      'duplicate names',
      doc([node('a', 'x.y', { name: 'Same' }), node('b', 'x.y', { name: 'Same' })]),
      {
        code: 'duplicate-node-name',
        path: '$.nodes[1].name',
        message: "two nodes are named 'Same'; expressions find nodes by name, so rename one",
      },
    ],
    [
      'connection from a missing node',
      doc([node('a', 'x.y')], wires('ghost -> a')),
      {
        code: 'connection-missing-node',
        path: '$.connections[0].from.node',
        message:
          "connection 0 starts at node id 'ghost', which is not in this workflow; remove the connection or fix the id",
      },
    ],
    [
      'connection to a missing node',
      doc([node('a', 'x.y')], wires('a -> ghost')),
      {
        code: 'connection-missing-node',
        path: '$.connections[0].to.node',
        message:
          "connection 0 ends at node id 'ghost', which is not in this workflow; remove the connection or fix the id",
      },
    ],
    [
      'the same connection twice',
      doc([node('a', 'x.y'), node('b', 'x.y')], wires('a -> b', 'a -> b')),
      {
        code: 'duplicate-connection',
        path: '$.connections[1]',
        message: "connection 1 repeats an earlier connection from 'a' to 'b'; remove it",
      },
    ],
    [
      'pinned data for a missing node',
      doc([node('a', 'x.y')], [], { pinData: { 'old node': [{ json: {} }] } }),
      {
        code: 'pin-data-unknown-node',
        path: "$.pinData['old node']",
        message: "pinned data for node id 'old node' is ignored: no node has that id; remove it",
      },
    ],
  ])('%s', (_label, input, expected) => {
    expect(brief(validateWorkflow(input).problems)).toEqual([expected]);
  });

  it('skips checks that need definitions: unknown types, ports and cycles pass without a registry', () => {
    const result = validateWorkflow(
      doc([node('a', 'nobody.knows'), node('b', 'x.y')], wires('a:weird -> b', 'b -> a')),
    );
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.workflow?.nodes[0].position).toEqual({ x: 0, y: 0 });
  });
});
