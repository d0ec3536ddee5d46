import {
  childNodes,
  downstreamOf,
  findCycles,
  parentNodes,
  upstreamOf,
  type Workflow,
} from '@ainow/engine/workflow';
import { doc, node, wires } from '../fake-nodes';
import { workflowSchema } from '@ainow/engine/workflow';

const graph = (ids: string[], ...lines: string[]): Workflow =>
  workflowSchema.parse(
    doc(
      ids.map((id) => node(id, 'test.noop')),
      wires(...lines),
    ),
  );

//   t ──▶ a ──true──▶ b ──▶ d
//         │                ▲
//         └──false─▶ c ────┘
//                    │
//                    └──▶ c   (self loop)   e (alone)
const diamond = graph(
  ['t', 'a', 'b', 'c', 'd', 'e'],
  't -> a',
  'a:true -> b',
  'a:false -> c',
  'b -> d',
  'c -> d:b',
  'c -> c',
);

describe('parentNodes / childNodes', () => {
  it.each([
    ['d', undefined, ['b', 'c']],
    ['d', 'b', ['c']],
    ['c', undefined, ['a', 'c']],
    ['t', undefined, []],
    ['e', undefined, []],
  ])('parents of %s (port %s)', (id, port, expected) => {
    expect(parentNodes(diamond, id, port)).toEqual(expected);
  });

  it.each([
    ['a', undefined, ['b', 'c']],
    ['a', 'false', ['c']],
    ['c', undefined, ['d', 'c']],
    ['d', undefined, []],
  ])('children of %s (port %s)', (id, port, expected) => {
    expect(childNodes(diamond, id, port)).toEqual(expected);
  });
});

describe('upstreamOf / downstreamOf', () => {
  it.each([
    ['d', ['b', 'c', 'a', 't']],
    ['c', ['a', 't']],
    ['t', []],
  ])('upstream of %s, nearest first, never itself', (id, expected) => {
    expect(upstreamOf(diamond, id)).toEqual(expected);
  });

  it.each([
    ['t', ['a', 'b', 'c', 'd']],
    ['c', ['d']],
    ['e', []],
  ])('downstream of %s', (id, expected) => {
    expect(downstreamOf(diamond, id)).toEqual(expected);
  });
});

describe('findCycles', () => {
  it.each([
    //   a ──▶ b ──▶ c
    ['a chain', graph(['a', 'b', 'c'], 'a -> b', 'b -> c'), []],
    //   a ──▶ b ──▶ c ──▶ a
    ['a triangle', graph(['a', 'b', 'c'], 'a -> b', 'b -> c', 'c -> a'), [['a', 'b', 'c']]],
    //   c ──▶ a ──▶ b ──▶ c     (starts at the node listed first)
    ['order follows the nodes list', graph(['b', 'c', 'a'], 'c -> a', 'a -> b', 'b -> c'), [['b', 'c', 'a']]],
    //   a ⇄ b     c ─▶ c     d ──▶ e ──▶ d
    [
      'several',
      graph(['a', 'b', 'c', 'd', 'e'], 'a -> b', 'b -> a', 'c -> c', 'd -> e', 'e -> d'),
      [['a', 'b'], ['c'], ['d', 'e']],
    ],
    //   a ──▶ b ──▶ c ──▶ d ──▶ a
    //         ▲     │
    //         └─────┘          one group; the shortest way back to a is reported
    [
      'the shortest cycle of a group',
      graph(['a', 'b', 'c', 'd'], 'a -> b', 'b -> c', 'c -> d', 'd -> a', 'c -> b'),
      [['a', 'b', 'c', 'd']],
    ],
    ['connections to missing nodes are ignored', graph(['a'], 'a -> ghost', 'ghost -> a'), []],
  ])('%s', (_label, workflow, expected) => {
    expect(findCycles(workflow)).toEqual(expected);
  });

  it('leaves out the connections that skip says to', () => {
    //   loop ──loop──▶ body ──▶ loop
    const workflow = graph(['loop', 'body'], 'loop:loop -> body', 'body -> loop');
    expect(findCycles(workflow)).toEqual([['loop', 'body']]);
    expect(findCycles(workflow, { skip: (c) => c.from.port === 'loop' })).toEqual([]);
  });
});
