import { CodeError, createCodeSandbox, type CodeSandbox } from '@ainow/engine/sandbox';
import type { Item } from '@ainow/engine/workflow';

let sandbox: CodeSandbox;
beforeAll(() => {
  sandbox = createCodeSandbox();
});
afterAll(() => sandbox.dispose());

const leads: Item[] = [
  { json: { name: 'Ada', score: 90 } },
  { json: { name: 'Bob', score: 40 } },
  { json: { name: 'Cy', score: 75 }, binary: { cv: { data: 'aGk=', mimeType: 'text/plain' } } },
];

describe('Code node, mode all', () => {
  it.each<[string, string, Item[]]>([
    [
      'returns items as they are, paired by identity',
      'return items.filter((i) => i.json.score > 50);',
      [
        { json: { name: 'Ada', score: 90 }, pairedItem: { item: 0 } },
        {
          json: { name: 'Cy', score: 75 },
          binary: { cv: { data: 'aGk=', mimeType: 'text/plain' } },
          pairedItem: { item: 2 },
        },
      ],
    ],
    [
      'wraps plain objects',
      'return [{ total: items.reduce((sum, i) => sum + i.json.score, 0) }];',
      [{ json: { total: 205 } }],
    ],
    ['accepts one object', 'return { count: items.length };', [{ json: { count: 3 } }]],
    [
      'pairs returned json objects',
      'return items.map((i) => i.json).reverse();',
      [
        { json: { name: 'Cy', score: 75 }, pairedItem: { item: 2 } },
        { json: { name: 'Bob', score: 40 }, pairedItem: { item: 1 } },
        { json: { name: 'Ada', score: 90 }, pairedItem: { item: 0 } },
      ],
    ],
    [
      'keeps explicit pairing',
      'return [{ json: { x: 1 }, pairedItem: { item: 1 } }];',
      [{ json: { x: 1 }, pairedItem: { item: 1 } }],
    ],
    [
      'offers $input',
      'return [{ first: $input.first().json.name, last: $input.last().json.name, n: $input.all().length }];',
      [{ json: { first: 'Ada', last: 'Cy', n: 3 } }],
    ],
    [
      'supports await',
      'const sleepless = await Promise.all(items.map(async (i) => i.json.name));\nreturn [{ names: sleepless }];',
      [{ json: { names: ['Ada', 'Bob', 'Cy'] } }],
    ],
    [
      'turns dates into text',
      'return [{ at: new Date(Date.UTC(2024, 0, 2)) }];',
      [{ json: { at: '2024-01-02T00:00:00.000Z' } }],
    ],
  ])('%s', async (_, code, expected) => {
    await expect(sandbox.runCode({ code, mode: 'all', items: leads })).resolves.toEqual({
      items: expected,
      logs: [],
    });
  });

  it('gives extra globals and captures console output', async () => {
    const result = await sandbox.runCode({
      mode: 'all',
      items: [],
      globals: { $vars: { region: 'eu' } },
      code: "console.log('region', $vars.region, { n: 1 }, [2]);\nconsole.warn('careful');\nconsole.error(new Error('bad'));\nconsole.info(undefined, null, 3n);\nreturn [];",
    });
    expect(result.items).toEqual([]);
    expect(result.logs.slice(0, 2)).toEqual(['region eu {"n":1} [2]', '[warn] careful']);
    expect(result.logs[2]).toMatch(/^\[error\] Error: bad\n\s+at .*code\.js:3/);
    expect(result.logs[3]).toBe('[info] undefined null 3n');
  });

  it('caps the log', async () => {
    const { logs } = await sandbox.runCode({
      mode: 'all',
      items: [],
      code: "for (let i = 0; i < 1500; i++) console.log('x'.repeat(20000));\nreturn [];",
    });
    expect(logs).toHaveLength(1001);
    expect(logs[0]).toHaveLength(10000 + '… (20000 characters)'.length);
    expect(logs[1000]).toBe('… 500 more log lines dropped');
  });
});

describe('Code node, mode each', () => {
  it('runs once per item with item, $json, $itemIndex and $input.item', async () => {
    const result = await sandbox.runCode({
      mode: 'each',
      items: leads,
      code: 'console.log($itemIndex, $json.name);\nreturn { ...$json, hot: $json.score > 50, same: item === $input.item, i: $itemIndex };',
    });
    expect(result.items).toEqual(
      leads.map((lead, i) => ({
        json: { ...lead.json, hot: (lead.json.score as number) > 50, same: true, i },
        pairedItem: { item: i },
      })),
    );
    expect(result.logs).toEqual(['0 Ada', '1 Bob', '2 Cy']);
  });

  it('keeps binary data of returned items', async () => {
    const result = await sandbox.runCode({ mode: 'each', items: leads.slice(2), code: 'return item;' });
    expect(result.items).toEqual([{ ...leads[2], pairedItem: { item: 0 } }]);
  });
});

describe('Code node errors', () => {
  it.each<[string, 'all' | 'each', string, string, { itemIndex?: number; line?: number }]>([
    [
      'a thrown error with item and line',
      'each',
      "const x = 1;\nif ($itemIndex === 1) throw new Error('no score');\nreturn {};",
      'Code › item 1, line 2: Error: no score',
      { itemIndex: 1, line: 2 },
    ],
    [
      'a type error',
      'each',
      'return { x: $json.missing.deep };',
      "Code › item 0, line 1: TypeError: Cannot read properties of undefined (reading 'deep')",
      { itemIndex: 0, line: 1 },
    ],
    [
      'a wrong return type in each',
      'each',
      'return $itemIndex === 2 ? 5 : {};',
      'Code › item 2: return an object, got number',
      { itemIndex: 2 },
    ],
    ['a list in each', 'each', 'return [];', 'Code › item 0: return an object, got a list', { itemIndex: 0 }],
    [
      'a missing return',
      'all',
      'const x = items.length;',
      'Code: return a list of items or objects, got undefined (did you forget "return"?)',
      {},
    ],
    [
      'a wrong element',
      'all',
      'return [{}, "text"];',
      'Code: returned element 1: return an object, got string',
      {},
    ],
    [
      'a syntax error',
      'all',
      'const a = 1;\nreturn a +;',
      "Code › line 2: SyntaxError: Unexpected token ';'",
      { line: 2 },
    ],
    [
      'data that is not JSON',
      'all',
      'return [{ big: 1n }];',
      'Code: return plain data (JSON): Do not know how to serialize a BigInt',
      {},
    ],
    ['a thrown non-error', 'all', "throw 'plain text';", 'Code: Error: threw plain text', {}],
  ])('reports %s', async (_, mode, code, message, where) => {
    const run = sandbox.runCode({ mode, code, items: leads });
    await expect(run).rejects.toThrow(CodeError);
    await expect(run).rejects.toMatchObject({ message, ...where });
  });

  it('returns what was logged before the failure', async () => {
    const run = sandbox.runCode({
      mode: 'each',
      items: leads,
      code: "console.log('at', $itemIndex);\nif ($itemIndex === 1) null.x;\nreturn {};",
    });
    await expect(run).rejects.toMatchObject({ logs: ['at 0', 'at 1'], itemIndex: 1, line: 2 });
  });

  it('names the node when given', async () => {
    await expect(
      sandbox.runCode({ nodeName: 'Clean leads', mode: 'all', items: [], code: 'return 1;' }),
    ).rejects.toThrow('Clean leads: return a list of items or objects, got number');
  });
});
