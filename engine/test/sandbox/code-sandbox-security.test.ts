import { createCodeSandbox, type CodeSandbox } from '@ainow/engine/sandbox';

let sandbox: CodeSandbox;
/** Same memory limit, but time enough that the memory limit, not the clock, stops the code on a busy machine. */
let roomySandbox: CodeSandbox;
beforeAll(() => {
  sandbox = createCodeSandbox({ memoryLimitMb: 32, timeoutMs: 300 });
  roomySandbox = createCodeSandbox({ memoryLimitMb: 32, timeoutMs: 20_000 });
});
afterAll(() => {
  sandbox.dispose();
  roomySandbox.dispose();
});

/** The sandbox still works after whatever happened before. */
async function expectHealthy(): Promise<void> {
  await expect(
    sandbox.runCode({ mode: 'each', items: [{ json: { n: 20 } }], code: 'return { n: $json.n + 22 };' }),
  ).resolves.toEqual({
    items: [{ json: { n: 42 }, pairedItem: { item: 0 } }],
    logs: [],
  });
}

describe('Code sandbox security', () => {
  it.each([
    [
      'constructor escape',
      "return this.constructor.constructor('return process')().env;",
      'ReferenceError: process is not defined',
    ],
    [
      'Function escape',
      "return [Function('return this')().process.env];",
      "TypeError: Cannot read properties of undefined (reading 'env')",
    ],
    [
      'item constructor escape',
      "return [items.constructor.constructor('return process')().mainModule];",
      'process is not defined',
    ],
    [
      'require',
      "const fs = require('fs');\nreturn [];",
      'Code › line 1: ReferenceError: require is not defined (the Code node runs plain JavaScript',
    ],
    ['process.env', 'return [{ env: process.env }];', 'process is not defined'],
    [
      'dynamic import',
      "const fs = await import('fs');\nreturn [];",
      'import() and modules are not available',
    ],
    ['timers', 'setTimeout(() => {}, 10);\nreturn [];', 'setTimeout is not defined'],
    ['fetch', "await fetch('http://127.0.0.1');\nreturn [];", 'fetch is not defined'],
    [
      'endless loop',
      'while (true) {}',
      'Code: the code took longer than 300 ms and was stopped (is there an endless loop?)',
    ],
    ['endless loop after await', 'await null;\nfor (;;) {}', 'Code: the code took longer than 300 ms'],
    [
      'a promise that never settles',
      'await new Promise(() => {});\nreturn [];',
      'Code: the code did not finish within 300 ms',
    ],
  ])('stops %s with a clear error and stays healthy', async (_, code, message) => {
    await expect(sandbox.runCode({ mode: 'all', items: [{ json: {} }], code })).rejects.toThrow(message);
    await expectHealthy();
  });

  it.each([
    [
      'memory bomb',
      'const a = [];\nwhile (true) a.push(new Array(100000).fill(1));',
      'Code: the code used more than 32 MB of memory and was stopped',
    ],
    [
      'huge string',
      "const s = 'x'.repeat(2 ** 29) + 'y'.repeat(2 ** 29);\nreturn [];",
      'RangeError: Invalid string length',
    ],
    [
      'huge string over the limit',
      "const s = 'x'.repeat(2 ** 27);\nreturn [{ s }];",
      'Code: the code used more than 32 MB of memory',
    ],
  ])('stops %s at the memory limit with a clear error and stays healthy', async (_, code, message) => {
    await expect(roomySandbox.runCode({ mode: 'all', items: [{ json: {} }], code })).rejects.toThrow(message);
    await expectHealthy();
  });

  it.each([
    [
      'globalThis has no Node.js',
      'return [{ keys: ["process", "require", "module", "Buffer", "global"].filter((k) => k in globalThis) }];',
      { keys: [] },
    ],
    [
      'this is the sandbox global',
      'return [{ same: this === globalThis, fn: typeof Function("return this")().console.log }];',
      { same: true, fn: 'function' },
    ],
  ])('exposes nothing of the host: %s', async (_, code, json) => {
    await expect(sandbox.runCode({ mode: 'all', items: [], code })).resolves.toEqual({
      items: [{ json }],
      logs: [],
    });
  });

  it('never pollutes host prototypes through returned objects', async () => {
    const code = [
      'const evil = JSON.parse(\'{"__proto__": {"polluted": 1}, "ok": 1}\');',
      "return [evil, { json: evil }, { ['__proto__']: { polluted: 2 } }, { json: { constructor: { prototype: { polluted: 3 } } } }];",
    ].join('\n');
    const { items } = await sandbox.runCode({ mode: 'all', items: [], code });
    expect(items).toHaveLength(4);
    for (const item of items) expect(Object.getPrototypeOf(item.json)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps nothing from one run to the next', async () => {
    await sandbox.runCode({
      mode: 'all',
      items: [],
      code: 'globalThis.secret = 42; Array.prototype.map = () => "hacked"; return [];',
    });
    await expect(
      sandbox.runCode({
        mode: 'all',
        items: [],
        code: 'return [{ secret: typeof secret, map: [1].map((x) => x + 1) }];',
      }),
    ).resolves.toEqual({ items: [{ json: { secret: 'undefined', map: [2] } }], logs: [] });
  });

  it('checks what comes out even when the code tampers with the runner', async () => {
    const code =
      "Array.prototype.push = function () { this[this.length] = 'not an item'; return this.length; };\nreturn [{ a: 1 }];";
    await expect(sandbox.runCode({ mode: 'all', items: [], code })).rejects.toThrow(
      'Code: returned element 0 is not an item or object',
    );
    await expectHealthy();
  });

  it('reports a shutdown during a run as such, and works again afterwards', async () => {
    const run = sandbox.runCode({ mode: 'all', items: [], code: 'while (true) {}' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    sandbox.dispose();
    await expect(run).rejects.toThrow('Code: the code sandbox was shut down while the code ran');
    await expectHealthy();
  });
});
