/**
 * The saved local lead-score model: plain, versioned JSON that the server can store like a
 * credential-like resource and that `scoreLeads` reads back. Version 1 is a logistic regression
 * over standardised features: `p = sigmoid(intercept + Σ weights[j] · (x[j] − means[j]) / stds[j])`.
 *
 * @example
 * { "kind": "ainow.leadScoreModel", "version": 1, "label": { "field": "outcome", "positiveValues": [] },
 *   "fields": [ { "field": "employees", "kind": "numeric", "log": true } ],
 *   "features": ["employees"], "means": [5.1], "stds": [1.9], "weights": [0.8], "intercept": -1.2,
 *   "gradeCutoffs": { "A": 62, "B": 35, "C": 18 }, "metrics": { "auc": 0.81, … }, "trainedAt": "2026-01-01T00:00:00.000Z" }
 */
export const LEAD_MODEL_KIND = 'ainow.leadScoreModel';
export const LEAD_MODEL_VERSION = 1;

/** The kind under which trained models are saved as server resources (`ctx.resources`). */
export const LEAD_MODEL_RESOURCE = 'leadScoreModel';

export type FieldEncoding =
  | { field: string; kind: 'numeric'; log: boolean }
  | { field: string; kind: 'categorical'; values: string[] }
  | { field: string; kind: 'text'; buckets: number };

export interface FeatureImportance {
  feature: string;
  weight: number;
  /** `raises` when a higher value of the feature makes a win more likely. */
  direction: 'raises' | 'lowers';
}

export interface LeadModelMetrics {
  /** ROC AUC on the held-out validation rows (null when they hold only one outcome). */
  auc: number | null;
  accuracy: number | null;
  trainAuc: number | null;
  trainRows: number;
  validationRows: number;
  positiveRate: number;
  topFeatures: FeatureImportance[];
}

export interface LeadModel {
  kind: typeof LEAD_MODEL_KIND;
  version: typeof LEAD_MODEL_VERSION;
  label: { field: string; positiveValues: string[] };
  fields: FieldEncoding[];
  features: string[];
  means: number[];
  stds: number[];
  weights: number[];
  intercept: number;
  /** Lowest score of each grade: A is the top 20% of the training leads, B the next 30%, C the next 30%. */
  gradeCutoffs: { A: number; B: number; C: number };
  metrics: LeadModelMetrics;
  trainedAt: string;
  training: { seed: number; validationShare: number; steps: number; learningRate: number; library: string };
}

/** Checks that a value is a model this code can score with, saying what is wrong otherwise. */
export function readLeadModel(value: unknown): LeadModel {
  let model = value;
  if (typeof model === 'string') {
    try {
      model = JSON.parse(model);
    } catch {
      throw new Error('the model is not JSON; pass the "model" object that Train lead score model produced');
    }
  }
  const m = model as Partial<LeadModel> | null;
  if (!m || typeof m !== 'object' || m.kind !== LEAD_MODEL_KIND) {
    throw new Error(
      `the model is not a lead score model (kind "${String(m?.kind)}"); pass the "model" object that Train lead score model produced`,
    );
  }
  if (m.version !== LEAD_MODEL_VERSION) {
    throw new Error(
      `lead score model version ${String(m.version)} is not supported by this version of AI-Now (supported: ${LEAD_MODEL_VERSION}); train it again`,
    );
  }
  const n = m.features?.length;
  const sizes = [m.weights?.length, m.means?.length, m.stds?.length];
  if (
    !Array.isArray(m.fields) ||
    !n ||
    sizes.some((size) => size !== n) ||
    typeof m.intercept !== 'number' ||
    !m.gradeCutoffs
  ) {
    throw new Error(
      'the lead score model is damaged: features, weights, means and stds must have the same length; train it again',
    );
  }
  return m as LeadModel;
}
