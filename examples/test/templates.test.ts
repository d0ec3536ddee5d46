import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPECTED } from './template-expectations';
import { ainow, assertBuilt, mapLimited, ROOT, type CliResult, type RunDocument } from './support/ainow-cli';

/**
 * Every template in examples/ through the BUILT command line, as a template user runs it:
 * `ainow validate FILE` and `ainow run FILE --sandbox [--input examples/inputs/<name>.json]`
 * (plus each `<name>.<variant>.json` input). The runs go in parallel in `beforeAll`; the tests
 * then check the exit code, the status and what went through the key steps.
 */
const EXAMPLES = join(ROOT, 'examples');
const INPUTS = join(EXAMPLES, 'inputs');
const templates = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.workflow.json'))
  .map((f) => f.slice(0, -'.workflow.json'.length))
  .sort();

interface TemplateRun {
  key: string;
  file: string;
  input?: string;
}

const runs: TemplateRun[] = templates.flatMap((name) => {
  const file = `examples/${name}.workflow.json`;
  const variants = existsSync(INPUTS)
    ? readdirSync(INPUTS).filter(
        (f) => f.startsWith(`${name}.`) && f.endsWith('.json') && f !== `${name}.json`,
      )
    : [];
  const main: TemplateRun = {
    key: name,
    file,
    ...(existsSync(join(INPUTS, `${name}.json`)) ? { input: `examples/inputs/${name}.json` } : {}),
  };
  return [
    main,
    ...variants.map((v) => ({ key: v.slice(0, -'.json'.length), file, input: `examples/inputs/${v}` })),
  ];
});

const validations = new Map<string, CliResult>();
const results = new Map<string, CliResult>();

beforeAll(async () => {
  assertBuilt();
  await mapLimited(templates, 4, async (name) =>
    validations.set(name, await ainow(['validate', `examples/${name}.workflow.json`])),
  );
  await mapLimited(runs, 3, async (run) => {
    results.set(
      run.key,
      await ainow(['run', run.file, '--sandbox', ...(run.input ? ['--input', run.input] : [])]),
    );
  });
}, 90_000);

describe('examples/*.workflow.json', () => {
  it('has the six lead-gen templates and an input for every webhook template', () => {
    expect(templates.length).toBeGreaterThanOrEqual(8);
    for (const name of templates) {
      const doc = JSON.parse(readFileSync(join(EXAMPLES, `${name}.workflow.json`), 'utf8')) as {
        nodes: Array<{ type: string }>;
      };
      const webhook = doc.nodes.some((n) => /webhook|emailEvents|inboundSms/i.test(n.type));
      expect([name, webhook && !existsSync(join(INPUTS, `${name}.json`))]).toEqual([name, false]);
    }
  });

  it.each(templates)('%s is documented in examples/README.md', (name) => {
    expect(readFileSync(join(EXAMPLES, 'README.md'), 'utf8')).toContain(`${name}.workflow.json`);
  });

  it.each(templates)('%s reads left to right and says what it does', (name) => {
    const doc = JSON.parse(readFileSync(join(EXAMPLES, `${name}.workflow.json`), 'utf8')) as {
      description?: string;
      nodes: Array<{ id: string; type: string; position: { x: number } }>;
      connections: Array<{ from: { node: string }; to: { node: string } }>;
    };
    expect(doc.description?.length ?? 0).toBeGreaterThan(40);
    const x = new Map(doc.nodes.map((n) => [n.id, n.position.x]));
    const backwards = doc.connections.filter((c) => x.get(c.from.node)! >= x.get(c.to.node)!);
    expect(backwards).toEqual([]);
  });

  it.each(templates)('ainow validate %s exits 0', (name) => {
    const result = validations.get(name)!;
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout).toContain('is a valid workflow');
  });
});

describe('ainow run --sandbox', () => {
  it.each(runs.map((r) => [r.key, r] as const))('%s', (key, run) => {
    const expected = EXPECTED[key];
    if (!expected)
      throw new Error(
        `no expectations for '${key}' (${run.input ?? 'no input'}): add them to examples/test/template-expectations.ts`,
      );
    const result = results.get(key)!;
    expect({ code: result.code, stderr: result.stderr.slice(0, 2000) }).toEqual({
      code: 0,
      stderr: expect.any(String),
    });
    const doc = JSON.parse(result.stdout) as RunDocument;
    expect({ status: doc.status, error: doc.error }).toEqual({ status: expected.status, error: null });
    const failed = doc.steps.filter((s) => s.status !== 'success' && s.status !== 'waiting');
    expect(failed).toEqual([]);
    const stepOut = (name: string) => doc.steps.find((s) => s.name === name)?.itemsOut;
    for (const [name, itemsOut] of Object.entries(expected.steps))
      expect([name, stepOut(name)]).toEqual([name, itemsOut]);
    for (const name of expected.notRun ?? []) expect([name, stepOut(name)]).toEqual([name, undefined]);
    const outputs = Object.fromEntries(
      Object.entries(doc.outputs).map(([id, ports]) => [
        id,
        Object.values(ports)
          .flat()
          .map((item) => item.json),
      ]),
    );
    expected.outputs?.(outputs, doc);
  });

  it('keeps every run quick', () => {
    const slow = [...results].filter(([, r]) => r.ms > 20_000).map(([key, r]) => `${key}: ${r.ms} ms`);
    expect(slow).toEqual([]);
  });
});
