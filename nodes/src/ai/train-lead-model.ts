import { encodeRow, fitEncodings, standardRow, type EncoderOptions } from './feature-encoder';
import { fitLogistic, LOGISTIC_LIBRARY, sigmoid } from './fit-logistic';
import { LEAD_MODEL_KIND, LEAD_MODEL_VERSION, type LeadModel } from './lead-model';
import { accuracy, quantile, rocAuc } from './metrics';
import { outcomeOf } from './outcome-label';
import { seededShuffle } from './seeded-random';

/**
 * Trains the local lead-score model from a team's own history: rows with lead fields and an
 * outcome. Holds out a seeded, stratified validation share and reports AUC, accuracy and the most
 * important features. Throws errors a person can act on for empty data, rows without an outcome,
 * one-class data and data with no usable fields.
 *
 * @example
 * const model = trainLeadModel(rows, { label: 'outcome', validationShare: 0.2, seed: 42 });
 * model.metrics.auc; // e.g. 0.83
 */
export interface TrainOptions extends Partial<EncoderOptions> {
  /** The outcome field. */
  label: string;
  /** Fields to learn from; default: every field but the outcome. */
  fields?: string[];
  validationShare?: number;
  seed?: number;
  /** Outcome values that count as won; everything else then counts as lost. */
  positiveValues?: string[];
  steps?: number;
  learningRate?: number;
}

type Row = Record<string, unknown>;

function labelled(rows: Row[], options: TrainOptions): number[] {
  return rows.map((row, i) => {
    let outcome: 0 | 1 | undefined;
    try {
      outcome = outcomeOf(row[options.label], options.positiveValues);
    } catch (error) {
      throw new Error(`row ${i + 1}: ${(error as Error).message}`);
    }
    if (outcome === undefined)
      throw new Error(
        `row ${i + 1} has no value in the outcome field "${options.label}"; fill it or leave the row out`,
      );
    return outcome;
  });
}

function standardise(x: number[][]): { means: number[]; stds: number[] } {
  const d = x[0]?.length ?? 0;
  const means: number[] = [];
  const stds: number[] = [];
  for (let j = 0; j < d; j++) {
    const values = x.map((row) => row[j]).filter((v) => !Number.isNaN(v));
    const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
    const variance = values.length ? values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length : 0;
    means.push(mean);
    stds.push(Math.sqrt(variance) || 1);
  }
  return { means, stds };
}

export function trainLeadModel(rows: Row[], options: TrainOptions): LeadModel {
  const validationShare = options.validationShare ?? 0.2;
  const seed = options.seed ?? 42;
  if (!options.label) throw new Error('name the outcome field (label), e.g. "outcome"');
  if (!(validationShare > 0 && validationShare < 0.9))
    throw new Error(`validation share must be between 0 and 0.9, got ${validationShare}`);
  if (rows.length === 0) throw new Error('there are no rows to train on; pass past leads with their outcome');
  const y = labelled(rows, options);
  const positives = y.filter((v) => v === 1).length;
  if (positives === 0 || positives === y.length) {
    const which = positives === 0 ? 'lost' : 'won';
    throw new Error(
      `all ${y.length} rows are ${which} in "${options.label}"; training needs both won and lost leads`,
    );
  }
  if (Math.min(positives, y.length - positives) < 2)
    throw new Error('training needs at least 2 won and 2 lost leads');

  // Stratified split: the same share of won and of lost leads is held out.
  const indices = seededShuffle(
    rows.map((_, i) => i),
    seed,
  );
  const validation = new Set<number>();
  for (const cls of [0, 1]) {
    const ofClass = indices.filter((i) => y[i] === cls);
    const take = Math.max(1, Math.round(ofClass.length * validationShare));
    ofClass.slice(0, take).forEach((i) => validation.add(i));
  }
  const trainIdx = indices.filter((i) => !validation.has(i));
  const validIdx = indices.filter((i) => validation.has(i));

  const fields = options.fields?.length
    ? options.fields
    : Object.keys(rows[0]).filter((f) => f !== options.label);
  const missing = fields.filter((f) => !rows.some((row) => f in row));
  if (missing.length) throw new Error(`no row has the field(s) ${missing.join(', ')}; check the field names`);
  const encoderOptions = {
    maxCategories: options.maxCategories ?? 20,
    textBuckets: options.textBuckets ?? 32,
    textFields: options.textFields,
  };
  const { encodings, features } = fitEncodings(
    trainIdx.map((i) => rows[i]),
    fields,
    encoderOptions,
  );
  if (features.length === 0)
    throw new Error(`none of the fields ${fields.join(', ')} has values to learn from`);

  const raw = rows.map((row) => encodeRow(row, encodings));
  const { means, stds } = standardise(trainIdx.map((i) => raw[i]));
  const x = raw.map((r) => standardRow(r, means, stds));
  const steps = options.steps ?? 400;
  const learningRate = options.learningRate ?? 1;
  const fit = fitLogistic(
    trainIdx.map((i) => x[i]),
    trainIdx.map((i) => y[i]),
    { steps, learningRate },
  );
  const probability = (i: number) =>
    sigmoid(fit.intercept + x[i].reduce((s, v, j) => s + v * fit.weights[j], 0));

  const validScores = validIdx.map(probability);
  const validLabels = validIdx.map((i) => y[i]);
  const trainScores = trainIdx.map(probability);
  const sorted = trainScores.map((p) => Math.round(p * 100)).sort((a, b) => a - b);
  const cut = (share: number) => quantile(sorted, share);
  const topFeatures = features
    .map((feature, j) => ({
      feature,
      weight: round(fit.weights[j]),
      direction: fit.weights[j] >= 0 ? ('raises' as const) : ('lowers' as const),
    }))
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, 10);
  return {
    kind: LEAD_MODEL_KIND,
    version: LEAD_MODEL_VERSION,
    label: { field: options.label, positiveValues: options.positiveValues ?? [] },
    fields: encodings,
    features,
    means: means.map(round),
    stds: stds.map(round),
    weights: fit.weights.map(round),
    intercept: round(fit.intercept),
    gradeCutoffs: gradeCutoffs(cut(0.8), cut(0.5), cut(0.2)),
    metrics: {
      auc: nullableRound(rocAuc(validScores, validLabels)),
      accuracy: nullableRound(accuracy(validScores, validLabels)),
      trainAuc: nullableRound(
        rocAuc(
          trainScores,
          trainIdx.map((i) => y[i]),
        ),
      ),
      trainRows: trainIdx.length,
      validationRows: validIdx.length,
      positiveRate: round(positives / y.length),
      topFeatures,
    },
    trainedAt: new Date().toISOString(),
    training: { seed, validationShare, steps, learningRate, library: LOGISTIC_LIBRARY },
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
function nullableRound(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e4) / 1e4;
}

/** Grades from the training score distribution, each cut-off above the next one down. */
function gradeCutoffs(a: number, b: number, c: number): LeadModel['gradeCutoffs'] {
  const B = Math.max(b, c + 1);
  return { A: Math.max(a, B + 1), B, C: c };
}
