import {
  createExpressionEvaluator,
  type ExpressionEvaluator,
  type ParameterResult,
} from '@ainow/engine/expression';
import type { Item } from '@ainow/engine/workflow';
import { testContext } from './expression-context.fixture';

let evaluator: ExpressionEvaluator;
/** Same memory limit, but time enough that the memory limit, not the clock, stops it on a busy machine. */
let roomyEvaluator: ExpressionEvaluator;
beforeAll(() => {
  evaluator = createExpressionEvaluator({ memoryLimitMb: 32, timeoutMs: 200 });
  roomyEvaluator = createExpressionEvaluator({ memoryLimitMb: 32, timeoutMs: 20_000 });
});
afterAll(() => {
  evaluator.dispose();
  roomyEvaluator.dispose();
});

const context = testContext();
const evaluate = (
  value: string,
  items: Item[] = [{ json: { a: 1 } }],
  using = evaluator,
): Promise<ParameterResult[]> =>
  using.evaluateParameters({ nodeName: 'Set', parameters: { value }, skip: [], items, context });

/** The evaluator still works after whatever happened before. */
async function expectHealthy(): Promise<void> {
  await expect(evaluate('{{ $json.a + 41 }}')).resolves.toEqual([{ ok: true, value: { value: 42 } }]);
}

describe('expression sandbox', () => {
  it.each([
    [
      'constructor escape',
      "{{ $json.constructor.constructor('return process')().env }}",
      'process is not defined',
    ],
    [
      'this escape',
      "{{ this.constructor.constructor('return process')() }}",
      "cannot read 'constructor' of undefined",
    ],
    ['require', "{{ require('fs').readFileSync('/etc/passwd', 'utf8') }}", 'require is not defined'],
    ['process.env', '{{ process.env.HOME }}', 'process is not defined'],
    [
      'Function returning the global',
      "{{ Function('return this')().process.exit(1) }}",
      "cannot read 'exit' of undefined",
    ],
    ['dynamic import', "{{ import('fs') }}", 'import() is not available in expressions'],
    ['changing built-ins', '{{ Object.prototype.polluted = 1 }}', 'Cannot add property polluted'],
    [
      'replacing built-in methods',
      '{{ Array.prototype.map = () => 666 }}',
      "Cannot assign to read only property 'map'",
    ],
    ['adding globals', '{{ globalThis.leak = 1 }}', 'Cannot add property leak'],
    [
      'endless loop',
      '{{ (() => { while (true) {} })() }}',
      'Set › value, item 0: the expression took longer than 200 ms (is there an endless loop?)',
    ],
  ])('stops %s with a clear error and stays healthy', async (_, expression, message) => {
    const [result] = await evaluate(expression);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Set › value, item 0: ./);
      expect(result.error.message).toContain(message);
    }
    await expectHealthy();
  });

  it.each([
    [
      'memory bomb',
      '{{ (() => { const a = []; while (true) a.push(new Array(100000).fill(7)); })() }}',
      'expressions used more than 32 MB of memory',
    ],
    ['huge string', "{{ 'x'.repeat(2 ** 29) + 'y'.repeat(2 ** 29) }}", 'Invalid string length'],
    [
      'huge string over the memory limit',
      "{{ 'x'.repeat(2 ** 27) }}",
      'expressions used more than 32 MB of memory',
    ],
  ])('stops %s at the memory limit with a clear error and stays healthy', async (_, expression, message) => {
    const [result] = await evaluate(expression, undefined, roomyEvaluator);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Set › value, item 0: ./);
      expect(result.error.message).toContain(message);
    }
    await expectHealthy();
  });

  it.each([
    ['globalThis.process', '{{ typeof globalThis.process }}', 'undefined'],
    ['require through the global', "{{ typeof Function('return this')().require }}", 'undefined'],
    ['this', '{{ typeof this }}', 'undefined'],
    ['a function result becomes undefined', '{{ $json.constructor }}', undefined],
    ['a host object on the fast path', '{{ $json.constructor }}', undefined],
    ['fetch', '{{ typeof fetch }}', 'undefined'],
  ])('exposes nothing of the host: %s', async (_, expression, expected) => {
    await expect(evaluator.evaluateOne(expression, { json: {} }, 0, context)).resolves.toBe(expected);
  });

  it('never pollutes host prototypes through returned objects', async () => {
    const results = await evaluate('{{ JSON.parse(\'{"__proto__": {"polluted": 1}, "ok": true}\') }}');
    const results2 = await evaluate(
      "{{ ({ ['__proto__']: { polluted: 2 }, constructor: { prototype: { polluted: 3 } } }) }}",
    );
    const results3 = await evaluate('{{ $json }}', [
      JSON.parse('{"json": {"__proto__": {"polluted": 4}}}') as Item,
    ]);
    const plan = await evaluator.evaluateParameters({
      nodeName: 'Set',
      parameters: JSON.parse('{"__proto__": {"polluted": "{{ 5 }}"}}') as Record<string, unknown>,
      skip: [],
      items: [{ json: {} }],
      context,
    });
    for (const result of [...results, ...results2, ...results3, ...plan]) {
      expect(result.ok).toBe(true);
      if (result.ok) expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never evaluates data, only parameters', async () => {
    const items: Item[] = [{ json: { note: '{{ process.exit(1) }}', nested: { x: '{{ 1 + 1 }}' } } }];
    await expect(evaluate('{{ $json.note }} / {{ $json.nested.x }}', items)).resolves.toEqual([
      { ok: true, value: { value: '{{ process.exit(1) }} / {{ 1 + 1 }}' } },
    ]);
  });

  it('blames the looping item and keeps the others apart', async () => {
    const items: Item[] = [{ json: { loop: false } }, { json: { loop: true } }, { json: { loop: false } }];
    const results = await evaluate('{{ (() => { while ($json.loop) {} return 1; })() }}', items);
    expect(results.map((r) => (r.ok ? r.value.value : r.error.message))).toEqual([
      expect.stringContaining('item 0: not evaluated: the expression for item 1 took longer than 200 ms'),
      expect.stringContaining('item 1: the expression took longer than 200 ms'),
      expect.stringContaining('item 2: not evaluated: the expression for item 1'),
    ]);
    await expectHealthy();
  });

  it('runs concurrent calls without mixing their items', async () => {
    const runs = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        evaluate('{{ $json.a * 100 }}', [{ json: { a: n } }, { json: { a: n + 1 } }]),
      ),
    );
    expect(runs.map((run) => run.map((r) => (r.ok ? r.value.value : r.error.message)))).toEqual([
      [100, 200],
      [200, 300],
      [300, 400],
      [400, 500],
      [500, 600],
    ]);
  });

  it('reports a shutdown during a call as such, and works again afterwards', async () => {
    const call = evaluate('{{ (() => { while (true) {} })() }}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    evaluator.dispose();
    const [result] = await call;
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('the evaluator was shut down') },
    });
    await expectHealthy();
  });
});
