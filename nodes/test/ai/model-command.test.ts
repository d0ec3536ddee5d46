import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { modelCommand } from '../../src/ai';

const history = join(__dirname, '../../../examples/lead-scoring/lead-history.csv');
let dir: string;

function capture() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: { write: (t: string) => (out.stdout += t) },
      stderr: { write: (t: string) => (out.stderr += t) },
    },
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ainow-model-'));
});

describe('ainow model train / score', () => {
  it('trains from CSV, writes the model and prints metrics; scores CSV and JSON into a JSON array', async () => {
    const modelPath = join(dir, 'model.json');
    const train = capture();
    const code = await modelCommand(
      ['train', '--data', history, '--label', 'outcome', '--out', modelPath, '--steps', '150'],
      train.io,
    );
    expect([code, train.out.stderr]).toEqual([0, '']);
    const printed = JSON.parse(train.out.stdout);
    expect(printed.out).toBe(modelPath);
    expect(printed.metrics.auc).toBeGreaterThan(0.72);
    expect(JSON.parse(await readFile(modelPath, 'utf8')).kind).toBe('ainow.leadScoreModel');

    const csv = join(dir, 'new.csv');
    await writeFile(
      csv,
      'name,title,industry,zip,source,emails_opened\nAda,VP of Sales,computer software,02134,demo request,7\nBob,HR Associate,"food & beverages",90210,cold outbound,0\n',
    );
    const scoreCsv = capture();
    expect(
      await modelCommand(['score', '--model', modelPath, '--data', csv, '--factors', '1'], scoreCsv.io),
    ).toBe(0);
    const scored = JSON.parse(scoreCsv.out.stdout);
    expect(scored).toHaveLength(2);
    expect(scored[0]).toMatchObject({
      name: 'Ada',
      zip: '02134',
      emails_opened: 7,
      grade: expect.stringMatching(/^[ABCD]$/),
    });
    expect(scored[0].scoreFactors).toHaveLength(1);
    expect(scored[0].score).toBeGreaterThan(scored[1].score);

    const json = join(dir, 'new.json');
    await writeFile(json, JSON.stringify([{ json: { name: 'Cy', source: 'referral' } }, { name: 'Di' }]));
    const scoreJson = capture();
    expect(await modelCommand(['score', '--model', modelPath, '--data', json], scoreJson.io)).toBe(0);
    expect(JSON.parse(scoreJson.out.stdout).map((r: { name: string }) => r.name)).toEqual(['Cy', 'Di']);
  });

  it.each([
    ['no subcommand', [], 2, 'Usage:'],
    ['an unknown subcommand', ['fit'], 2, 'unknown command "model fit"'],
    ['train without --out', ['train', '--data', history, '--label', 'outcome'], 2, 'missing --out'],
    ['an unknown option', ['score', '--modle', 'x'], 2, "Unknown option '--modle'"],
    [
      'a non-number seed',
      ['train', '--data', history, '--label', 'outcome', '--out', '/tmp/x.json', '--seed', 'abc'],
      2,
      '--seed must be a number',
    ],
    [
      'a missing data file',
      ['train', '--data', '/nope/leads.csv', '--label', 'outcome', '--out', '/tmp/x.json'],
      1,
      'no file at /nope/leads.csv',
    ],
    [
      'a data file of another type',
      ['train', '--data', __filename, '--label', 'outcome', '--out', '/tmp/x.json'],
      1,
      'use a .csv or .json file',
    ],
    [
      'one-class data',
      ['train', '--data', 'ONE_CLASS', '--label', 'outcome', '--out', '/tmp/x.json'],
      1,
      'training needs both won and lost leads',
    ],
    [
      'a missing model file',
      ['score', '--model', '/nope/model.json', '--data', history],
      1,
      'no model file at /nope/model.json',
    ],
  ])('reports %s with exit code %i', async (_, argv, exitCode, message) => {
    const oneClass = join(dir, 'one-class.csv');
    await writeFile(oneClass, 'title,outcome\nVP,lost\nCEO,lost\n');
    const run = capture();
    const code = await modelCommand(
      argv.map((a) => (a === 'ONE_CLASS' ? oneClass : a)),
      run.io,
    );
    expect(code).toBe(exitCode);
    expect(run.out.stderr).toContain(message);
    expect(run.out.stdout).toBe('');
  });

  it('prints usage on --help with exit code 0', async () => {
    const run = capture();
    expect(await modelCommand(['--help'], run.io)).toBe(0);
    expect(run.out.stdout).toContain('ainow model score --model MODEL.json');
  });
});
