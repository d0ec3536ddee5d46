import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { trainLeadModel } from '../train-lead-model';
import { scoreLeads } from '../score-leads';
import { readRows } from './read-rows';

/**
 * `ainow model train|score`: the local lead-score model from the command line. The `ainow`
 * binary passes the arguments after `model`. Exit codes: 0 done, 1 the data or model was not
 * usable (message on stderr), 2 the command was used wrongly (usage on stderr).
 *
 * @example
 * await modelCommand(['train', '--data', 'leads.csv', '--label', 'outcome', '--out', 'model.json'], process);
 * await modelCommand(['score', '--model', 'model.json', '--data', 'new-leads.csv'], process); // prints a JSON array
 */
export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const MODEL_USAGE = `Usage:
  ainow model train --data FILE.csv|.json --label FIELD --out MODEL.json
                    [--fields a,b,c] [--text-fields title,industry] [--positive won,converted]
                    [--validation-share 0.2] [--seed 42] [--steps 300]
      Trains a lead-score model on past leads; writes the model and prints its metrics as JSON.
  ainow model score --model MODEL.json --data FILE.csv|.json [--factors 3]
      Prints a JSON array of the rows, each with its fields kept plus score, grade and scoreFactors.
`;

class UsageError extends Error {}

const list = (text: string | undefined) =>
  text
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function numberArg(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${value}"`);
  return n;
}

function required(values: Record<string, unknown>, names: string[]): void {
  const missing = names.filter((name) => !values[name]);
  if (missing.length) throw new UsageError(`missing ${missing.map((m) => `--${m}`).join(', ')}`);
}

async function train(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      label: { type: 'string' },
      out: { type: 'string' },
      fields: { type: 'string' },
      'text-fields': { type: 'string' },
      positive: { type: 'string' },
      'validation-share': { type: 'string' },
      seed: { type: 'string' },
      steps: { type: 'string' },
    },
  });
  required(values, ['data', 'label', 'out']);
  const rows = await readRows(values.data!);
  const model = trainLeadModel(rows, {
    label: values.label!,
    fields: list(values.fields),
    textFields: list(values['text-fields']),
    positiveValues: list(values.positive),
    validationShare: numberArg(values['validation-share'], 'validation-share') ?? 0.2,
    seed: numberArg(values.seed, 'seed') ?? 42,
    steps: numberArg(values.steps, 'steps'),
  });
  await writeFile(values.out!, `${JSON.stringify(model, null, 2)}\n`);
  io.stdout.write(
    `${JSON.stringify({ out: values.out, features: model.features.length, metrics: model.metrics }, null, 2)}\n`,
  );
  return 0;
}

async function score(args: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { model: { type: 'string' }, data: { type: 'string' }, factors: { type: 'string' } },
  });
  required(values, ['model', 'data']);
  const text = await readFile(values.model!, 'utf8').catch(() => {
    throw new Error(`no model file at ${values.model}`);
  });
  const rows = await readRows(values.data!);
  io.stdout.write(
    `${JSON.stringify(scoreLeads(text, rows, numberArg(values.factors, 'factors') ?? 3), null, 2)}\n`,
  );
  return 0;
}

export async function modelCommand(argv: string[], io: CommandIo): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    if (sub === 'train') return await train(rest, io);
    if (sub === 'score') return await score(rest, io);
    if (sub === undefined || sub === '--help' || sub === 'help') {
      (sub ? io.stdout : io.stderr).write(MODEL_USAGE);
      return sub ? 0 : 2;
    }
    throw new UsageError(`unknown command "model ${sub}"`);
  } catch (error) {
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.stderr.write(`ainow model: ${(error as Error).message}\n${usage ? MODEL_USAGE : ''}`);
    return usage ? 2 : 1;
  }
}
