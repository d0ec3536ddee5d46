import {
  createExpressionEvaluator,
  ExpressionError,
  type ExpressionEvaluator,
} from '@ainow/engine/expression';
import type { Item } from '@ainow/engine/workflow';
import { testContext } from './expression-context.fixture';

const lead: Item = {
  json: {
    first: 'Ada',
    last: 'Lovelace',
    n: 21,
    email: 'ADA@Example.com',
    tags: ['vip', 'eu'],
    body: { email: 'a@b.c' },
    'x y': 'spaced',
    nothing: null,
  },
  binary: { cv: { data: 'aGk=', mimeType: 'text/plain', fileName: 'cv.txt' } },
};
const apollo: Item[] = [
  { json: { email: 'p0@apollo.io', title: 'CTO' } },
  { json: { email: 'p1@apollo.io', title: 'CEO' } },
];

let evaluator: ExpressionEvaluator;
beforeAll(() => {
  evaluator = createExpressionEvaluator();
});
afterAll(() => evaluator.dispose());

describe('evaluateParameters', () => {
  const context = testContext({ 'Apollo search': apollo });

  it('evaluates nested parameters per item, keeps skipped keys and plain values', async () => {
    const results = await evaluator.evaluateParameters({
      nodeName: 'Set',
      parameters: {
        fields: [
          { name: 'full', value: '{{ $json.first }} {{ $json.last }}' },
          { name: 'n', value: '{{ $json.n }}' },
        ],
        retries: 3,
        code: 'return {{ not evaluated }}',
        options: { lower: '{{ $json.email.toLowerCase() }}', flag: true, none: null },
      },
      skip: ['code'],
      items: [lead, { json: { first: 'Bob', last: 'Stone', n: 1, email: 'B@x.io' } }],
      context,
    });
    expect(results).toEqual([
      {
        ok: true,
        value: {
          fields: [
            { name: 'full', value: 'Ada Lovelace' },
            { name: 'n', value: 21 },
          ],
          retries: 3,
          code: 'return {{ not evaluated }}',
          options: { lower: 'ada@example.com', flag: true, none: null },
        },
      },
      {
        ok: true,
        value: {
          fields: [
            { name: 'full', value: 'Bob Stone' },
            { name: 'n', value: 1 },
          ],
          retries: 3,
          code: 'return {{ not evaluated }}',
          options: { lower: 'b@x.io', flag: true, none: null },
        },
      },
    ]);
    expect(results[0]).not.toBe(results[1]);
  });

  it('evaluates once with an empty $json when the node has no items', async () => {
    const results = await evaluator.evaluateParameters({
      nodeName: 'Start',
      parameters: { a: '{{ $itemIndex }}:{{ JSON.stringify($json) }}' },
      skip: [],
      items: [],
      context,
    });
    expect(results).toEqual([{ ok: true, value: { a: '0:{}' } }]);
  });

  it.each<[string, Record<string, unknown>, number, string]>([
    [
      'fast path: property of undefined',
      { email: '{{ $json.body.email }}' },
      1,
      'Verify email › email, item 1: $json.body is undefined',
    ],
    [
      'isolate: property of undefined',
      { email: '{{ $json.body.email.trim() }}' },
      1,
      'Verify email › email, item 1: $json.body is undefined',
    ],
    [
      'isolate: property of null',
      { a: { b: '{{ $json.nothing.x + 1 }}' } },
      0,
      'Verify email › a.b, item 0: $json.nothing is null',
    ],
    [
      'array paths',
      { list: ['ok', '{{ $json.tags.at(0).x.y }}'] },
      0,
      'Verify email › list[1], item 0: $json.tags.at(0).x is undefined',
    ],
    [
      'thrown errors',
      { v: "{{ $json.n > 5 ? 'big' : (() => { throw new Error('too small') })() }}" },
      1,
      'Verify email › v, item 1: too small',
    ],
    [
      'unknown names',
      { v: '{{ $jsn.email }}' },
      0,
      'Verify email › v, item 0: $jsn is not defined; expressions can use $json',
    ],
    [
      'syntax errors',
      { v: 'x {{ $json.first + }}' },
      0,
      'Verify email › v, item 0: syntax error in {{ $json.first + }}: Unexpected token',
    ],
    [
      'unclosed braces',
      { v: 'Hi {{ $json.first' },
      0,
      'Verify email › v, item 0: "{{" at character 4 has no closing "}}"',
    ],
    [
      'unknown nodes',
      { v: "{{ $('Apolo').item.json }}" },
      0,
      "Verify email › v, item 0: there is no node named 'Apolo'; nodes are: Form submitted, Apollo search",
    ],
    [
      'nodes that did not run',
      { v: "{{ $('Never ran').first() }}" },
      0,
      "Verify email › v, item 0: node 'Never ran' has not run yet",
    ],
    [
      'node names that are not written out',
      { v: "{{ $('Apollo' + ' search').first() }}" },
      0,
      "Verify email › v, item 0: write the node name in quotes right inside $(), e.g. $('Apollo search')",
    ],
    [
      'unpaired items',
      { v: "{{ $('Apollo search').item.json.email }}" },
      2,
      "Verify email › v, item 2: $('Apollo search').item: no item of 'Apollo search' leads to item 2",
    ],
  ])('reports %s with node, parameter and item', async (_, parameters, failing, message) => {
    const items: Item[] = [
      { json: { n: 9, body: { email: 'x' }, tags: [{}], nothing: null } },
      { json: { n: 1 } },
      { json: { n: 3 } },
    ];
    const results = await evaluator.evaluateParameters({
      nodeName: 'Verify email',
      parameters,
      skip: [],
      items,
      context,
    });
    const failure = results[failing];
    expect(failure.ok).toBe(false);
    if (failure.ok) return;
    expect(failure.error).toBeInstanceOf(ExpressionError);
    expect(failure.error.message.slice(0, message.length)).toBe(message);
    expect(failure.error).toMatchObject({ nodeName: 'Verify email', itemIndex: failing });
  });

  it('fails only the items whose expression fails', async () => {
    const items: Item[] = [{ json: { a: { b: 1 } } }, { json: {} }, { json: { a: { b: 3 } } }];
    const results = await evaluator.evaluateParameters({
      nodeName: 'Set',
      parameters: { v: '{{ $json.a.b * 10 }}' },
      skip: [],
      items,
      context,
    });
    expect(results.map((r) => (r.ok ? r.value.v : r.error.message))).toEqual([
      10,
      'Set › v, item 1: $json.a is undefined',
      30,
    ]);
  });

  it('reports an unknown time zone clearly', async () => {
    const results = await evaluator.evaluateParameters({
      nodeName: 'Set',
      parameters: { v: '{{ $now.year }}' },
      skip: [],
      items: [lead],
      context: testContext({}, { timezone: 'Mars/Olympus' }),
    });
    expect(results[0]).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('unknown time zone "Mars/Olympus"') },
    });
  });

  it('pairs items that are not among the node output, and reads binary only when asked', async () => {
    const pairedItem = jest.fn((_name: string, index: number): Item => ({
      json: { email: `copy${index}@x` },
      binary: { f: { data: 'eA==', mimeType: 'text/plain' } },
    }));
    const results = await evaluator.evaluateParameters({
      nodeName: 'Set',
      parameters: {
        email: "{{ $('Apollo search').item.json.email }}",
        count: '{{ $("Apollo search").all().length }}',
        bin: "{{ Object.keys($('Apollo search').item.binary ?? {}).join() }}",
      },
      skip: [],
      items: [{ json: {} }, { json: {} }],
      context: testContext({ 'Apollo search': apollo }, { pairedItem }),
    });
    expect(results).toEqual([
      { ok: true, value: { email: 'copy0@x', count: 2, bin: 'f' } },
      { ok: true, value: { email: 'copy1@x', count: 2, bin: 'f' } },
    ]);
    expect(pairedItem.mock.calls).toEqual([
      ['Apollo search', 0],
      ['Apollo search', 1],
    ]);
  });

  it('keeps working with the same compiled expressions across calls', async () => {
    for (const n of [1, 2, 3]) {
      const [result] = await evaluator.evaluateParameters({
        nodeName: 'Set',
        parameters: { v: '{{ $json.n * 3 }}' },
        skip: [],
        items: [{ json: { n } }],
        context,
      });
      expect(result).toEqual({ ok: true, value: { v: n * 3 } });
    }
  });
});
