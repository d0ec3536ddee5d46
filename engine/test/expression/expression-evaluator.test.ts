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

const one = (expression: string, item: Item | undefined = lead, index = 0) =>
  evaluator.evaluateOne(expression, item, index, testContext({ 'Apollo search': apollo }));

describe('expression values', () => {
  it.each<[string, string, unknown]>([
    ['a fast-path string', '{{ $json.email }}', 'ADA@Example.com'],
    ['a number keeps its type', '{{ $json.n * 2 }}', 42],
    ['a boolean', '{{ $json.n > 20 }}', true],
    ['an array', '{{ $json.tags }}', ['vip', 'eu']],
    ['an object', '{{ { name: $json.first, n: $json.n } }}', { name: 'Ada', n: 21 }],
    ['null', '{{ $json.nothing }}', null],
    ['undefined for a missing field', '{{ $json.missing }}', undefined],
    ['NaN', '{{ $json.first * 2 }}', Number.NaN],
    ['bracket path with a space', '{{ $json["x y"] }}', 'spaced'],
    ['array index', '{{ $json.tags[1] }}', 'eu'],
    ['string length on the fast path', '{{ $json.first.length }}', 3],
    ['joined text', '{{ $json.first }} {{ $json.last }}', 'Ada Lovelace'],
    ['objects join as JSON', 'tags: {{ $json.tags }}', 'tags: ["vip","eu"]'],
    ['null and undefined join as empty', '[{{ $json.nothing }}|{{ $json.missing }}]', '[|]'],
    ['numbers join as text', 'n={{ $json.n + 1 }}', 'n=22'],
    ['escaped braces stay', '\\{{ $json.first }} = {{ $json.first }}', '{{ $json.first }} = Ada'],
    ['method calls', '{{ $json.email.toLowerCase() }}', 'ada@example.com'],
    ['$itemIndex', '{{ $itemIndex }}', 7],
    ['$binary', '{{ $binary.cv.fileName }}', 'cv.txt'],
    ['$input.item', '{{ $input.item.json.first }}', 'Ada'],
    ['$input.all()', '{{ $input.all().length }}', 1],
    ['$input.first()', '{{ $input.first().json.last }}', 'Lovelace'],
    ['$input.last()', '{{ $input.last().json.n }}', 21],
    ["$('Node').item (paired)", "{{ $('Apollo search').item.json.email }}", 'p1@apollo.io'],
    ["$('Node').first()", "{{ $('Apollo search').first().json.title }}", 'CTO'],
    ["$('Node').last()", '{{ $("Apollo search").last().json.title }}', 'CEO'],
    ["$('Node').all()", "{{ $('Apollo search').all().map(i => i.json.title).join('+') }}", 'CTO+CEO'],
    ["$('Node').isExecuted", "{{ $('Never ran').isExecuted }}", false],
    ['$vars', '{{ $vars.region }}-{{ $vars.limits.daily }}', 'eu-50'],
    [
      '$execution',
      '{{ $execution.id }} {{ $execution.mode }} {{ $execution.resumeUrl }}',
      'run_1 manual https://ainow.test/resume/run_1',
    ],
    ['$workflow', '{{ $workflow.id }}: {{ $workflow.name }}', 'wf_1: Lead flow'],
    ['item data is never evaluated', '{{ $json.template }}', '{{ 1 + 1 }}'],
  ])('%s', async (_, expression, expected) => {
    const item = expression.includes('template') ? { json: { template: '{{ 1 + 1 }}' } } : lead;
    await expect(one(expression, item, expression.includes('Apollo search') ? 1 : 7)).resolves.toEqual(
      expected,
    );
  });

  it('gives $now and $today in the workflow time zone with formatting helpers', async () => {
    const now = (await one('{{ $now.toISO() }}')) as string;
    expect(now).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0[12]:00$/);
    expect(Math.abs(Date.parse(now) - Date.now())).toBeLessThan(5000);
    const today = await one(
      "{{ $today.format('HH:mm:ss') }} {{ $today.toISODate() === $now.format('yyyy-MM-dd') }}",
    );
    expect(today).toBe('00:00:00 true');
    await expect(
      one("{{ $now.plus(2, 'days').minus(48, 'hours').toMillis() === $now.toMillis() }}"),
    ).resolves.toBe(true);
    await expect(
      one("{{ $date('2024-03-30T12:00:00Z').plus(1, 'day').format(\"EEE d MMM yyyy HH:mm ZZ\") }}"),
    ).resolves.toBe('Sun 31 Mar 2024 13:00 +02:00');
    await expect(one('{{ $date(0) }}')).resolves.toBe('1970-01-01T01:00:00.000+01:00');
  });
});

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
