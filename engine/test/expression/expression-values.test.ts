import { createExpressionEvaluator, type ExpressionEvaluator } from '@ainow/engine/expression';
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
