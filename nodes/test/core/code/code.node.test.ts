import type { CodeRunRequest, CodeRunResult } from '@ainow/engine/sdk';
import { createCodeSandbox } from '@ainow/engine/sandbox';
import { runNode } from '@ainow/engine/testing';
import { code } from '@ainow/nodes/core';

const items = [{ json: { n: 1 } }, { json: { n: 2 } }, { json: { n: 3 } }];
const stub = (result: Partial<CodeRunResult>) => {
  const calls: CodeRunRequest[] = [];
  return {
    calls,
    runCode: async (request: CodeRunRequest) => {
      calls.push(request);
      return { items: [], logs: [], ...result };
    },
  };
};

describe('core.code', () => {
  it('passes the raw code, mode and items to the sandbox', async () => {
    const s = stub({ items: [{ json: { a: 1 } }] });
    await runNode(code, {
      props: { mode: 'each', code: 'return { a: $json.n };' },
      items,
      runCode: s.runCode,
    });
    expect(s.calls).toEqual([{ code: 'return { a: $json.n };', mode: 'each', items }]);
  });

  it.each([
    [
      'same count: by position',
      [{ json: {} }, { json: {} }, { json: {} }],
      [{ item: 0 }, { item: 1 }, { item: 2 }],
    ],
    ['pairing given by the code is kept', [{ json: {}, pairedItem: { item: 2 } }], [{ item: 2 }]],
    [
      'plain objects become items paired with every input',
      [{ total: 6 }],
      [[{ item: 0 }, { item: 1 }, { item: 2 }]],
    ],
  ])('%s', async (_name, returned, pairs) => {
    const s = stub({ items: returned as never });
    const out = await runNode(code, { props: { code: 'x' }, items, runCode: s.runCode });
    expect(out.main.map((item) => item.pairedItem)).toEqual(pairs);
    expect(out.main.every((item) => typeof item.json === 'object')).toBe(true);
  });

  it('refuses empty code', async () => {
    await expect(runNode(code, { props: { code: '  ' }, items, runCode: stub({}).runCode })).rejects.toThrow(
      /no code/,
    );
  });

  describe('with the real isolate sandbox', () => {
    const sandbox = createCodeSandbox({ timeoutMs: 2000 });
    afterAll(() => sandbox.dispose());

    it.each([
      [
        'all',
        'return items.filter((i) => i.json.n > 1).map((i) => ({ json: { n: i.json.n * 10 } }));',
        [20, 30],
      ],
      ['each', 'return { n: $json.n + 100 };', [101, 102, 103]],
    ])('runs mode %s', async (mode, source, expected) => {
      const out = await runNode(code, {
        props: { mode, code: source },
        items,
        runCode: (request) => sandbox.runCode(request),
      });
      expect(out.main.map((item) => item.json.n)).toEqual(expected);
      expect(out.main.every((item) => item.pairedItem !== undefined)).toBe(true);
    });
  });
});
