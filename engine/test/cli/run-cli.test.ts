import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bufferIo, runCli, type NodePackage } from '@ainow/engine/cli';
import { trigger, setField, branch, send, sleepNode, calls, resetCalls } from '../runtime/support/test-nodes';

const dir = mkdtempSync(join(tmpdir(), 'ainow-cli-'));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const packages: NodePackage[] = [
  { name: 'test', nodes: [trigger, setField, branch, send, sleepNode], credentials: [] },
];
const cli = async (...argv: string[]) => {
  const io = bufferIo();
  const code = await runCli(argv, io, () => packages);
  return { code, out: io.out(), err: io.err() };
};

const node = (id: string, type: string, parameters: Record<string, unknown> = {}, x = 0) => ({
  id,
  name: id,
  type,
  version: 1,
  position: { x, y: 0 },
  parameters,
});
const edge = (from: string, to: string, port = 'main') => ({
  from: { node: from, port },
  to: { node: to, port: 'main' },
});
const valid = {
  schemaVersion: 1,
  name: 'cli test',
  nodes: [
    node('hook', 't.trigger'),
    node('greet', 't.set', { field: 'greeting', value: '{{ $json.name }}' }, 200),
    node('check', 't.if', { field: 'vip' }, 400),
  ],
  connections: [edge('hook', 'greet'), edge('greet', 'check')],
};

beforeEach(resetCalls);

describe('ainow run', () => {
  it('prints the run document and exits 0', async () => {
    const input = write('input.json', [{ name: 'Ada', vip: true }, { json: { name: 'Alan' } }]);
    const { code, out } = await cli('run', write('ok.json', valid), '--input', input);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc).toMatchObject({ status: 'success', error: null });
    expect(doc.steps.map((s: { nodeId: string; itemsIn: number }) => [s.nodeId, s.itemsIn])).toEqual([
      ['hook', 2],
      ['greet', 2],
      ['check', 2],
    ]);
    expect(doc.steps[2].itemsOut).toEqual({ true: 1, false: 1 });
    expect(doc.outputs.check.true).toEqual([{ json: { name: 'Ada', vip: true, greeting: 'Ada' } }]);
    expect(typeof doc.steps[0].durationMs).toBe('number');
  });

  it('starts from one empty item without --input', async () => {
    const doc = JSON.parse((await cli('run', write('ok2.json', valid))).out);
    expect(doc.steps[0].itemsIn).toBe(1);
  });

  it('exits 1 with the error when the run fails', async () => {
    const wf = {
      ...valid,
      nodes: [node('hook', 't.trigger'), node('send', 't.send', { to: 'x' }, 200)],
      connections: [edge('hook', 'send')],
    };
    const input = write('bad-item.json', [{ fail: 'nope' }]);
    const { code, out } = await cli('run', write('fails.json', wf), '--input', input);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      status: 'failed',
      error: { message: 'send, item 0: bad address nope', nodeId: 'send' },
    });
  });

  it('dry run calls no send node', async () => {
    const wf = {
      ...valid,
      nodes: [node('hook', 't.trigger'), node('send', 't.send', { to: 'x' }, 200)],
      connections: [edge('hook', 'send')],
    };
    const { code, out } = await cli('run', write('dry.json', wf), '--dry-run');
    expect(code).toBe(0);
    expect(calls.send).toBeUndefined();
    expect(JSON.parse(out).outputs.send.main[0].json.dryRun).toEqual({
      node: 'send',
      wouldSend: { to: 'x' },
    });
  });

  it.each([
    [
      'an unknown node type',
      { ...valid, nodes: [...valid.nodes, node('x', 'nope.thing', {}, 600)] },
      '$.nodes[3].type',
    ],
    [
      'a connection to a missing port',
      {
        ...valid,
        connections: [
          edge('hook', 'greet'),
          edge('greet', 'check'),
          { from: { node: 'check', port: 'maybe' }, to: { node: 'greet', port: 'main' } },
        ],
      },
      '$.connections[2].from.port',
    ],
    ['no nodes field', { schemaVersion: 1, name: 'x' }, '$.nodes'],
  ])('exits 2 for %s, naming the JSON path on stderr', async (_label, doc, path) => {
    const { code, out, err } = await cli('run', write(`invalid-${path}.json`, doc));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(path);
  });

  it('exits 2 for a file that is not JSON, saying so', async () => {
    const { code, err } = await cli('run', write('broken.json', '{ "nodes": ['));
    expect(code).toBe(2);
    expect(err).toMatch(/is not valid JSON/);
  });

  it('exits 2 when --input is not an array', async () => {
    const { code, err } = await cli('run', write('ok3.json', valid), '--input', write('obj.json', { a: 1 }));
    expect(code).toBe(2);
    expect(err).toContain('must hold a JSON array');
  });
});

describe('ainow validate', () => {
  it('accepts a valid file', async () => {
    const { code, out } = await cli('validate', write('v.json', valid));
    expect(code).toBe(0);
    expect(out).toContain('is a valid workflow');
  });

  it('lists every problem, one per line, with its path', async () => {
    const doc = { ...valid, nodes: [...valid.nodes, node('greet', 'nope.thing')] };
    const { code, err } = await cli('validate', write('v2.json', doc));
    expect(code).toBe(2);
    expect(err.trim().split('\n').length).toBeGreaterThanOrEqual(2);
    for (const line of err.trim().split('\n')) expect(line).toMatch(/ \$[.\w[\]]*: /);
  });

  it('answers an unknown command with the help text', async () => {
    const { code, err } = await cli('frobnicate');
    expect(code).toBe(2);
    expect(err).toContain("unknown command 'frobnicate'");
  });
});
