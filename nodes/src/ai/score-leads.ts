import { encodeRow, standardRow } from './feature-encoder';
import { sigmoid } from './fit-logistic';
import { readLeadModel, type LeadModel } from './lead-model';

/**
 * Scores lead rows with a trained model: keeps every field of each row and adds `score` (0-100,
 * the model's chance of a win in percent), `grade` (A-D by the model's grade cut-offs) and
 * `scoreFactors`, the features that moved this lead's score most compared with an average lead
 * (`impact` in log-odds: positive raises the score). Unknown categories count as `other`; missing
 * numbers count as average.
 *
 * @example
 * scoreLeads(model, [{ title: 'VP Sales', employees: 120 }]);
 * // → [{ title: 'VP Sales', employees: 120, score: 71, grade: 'A',
 * //      scoreFactors: [{ feature: 'title ~ vp', impact: 0.84 }, …] }]
 */
export interface ScoredLead {
  score: number;
  grade: 'A' | 'B' | 'C' | 'D';
  scoreFactors: Array<{ feature: string; impact: number }>;
}

export function gradeFor(score: number, cutoffs: LeadModel['gradeCutoffs']): ScoredLead['grade'] {
  return score >= cutoffs.A ? 'A' : score >= cutoffs.B ? 'B' : score >= cutoffs.C ? 'C' : 'D';
}

export function scoreLead(model: LeadModel, row: Record<string, unknown>, factors = 3): ScoredLead {
  const x = standardRow(encodeRow(row, model.fields), model.means, model.stds);
  const impacts = x.map((v, j) => v * model.weights[j]);
  const z = model.intercept + impacts.reduce((a, b) => a + b, 0);
  const score = Math.round(sigmoid(z) * 100);
  const scoreFactors = impacts
    .map((impact, j) => ({ feature: model.features[j], impact: Math.round(impact * 1000) / 1000 }))
    .filter((f) => Math.abs(f.impact) >= 0.01)
    .sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact))
    .slice(0, factors);
  return { score, grade: gradeFor(score, model.gradeCutoffs), scoreFactors };
}

export function scoreLeads<R extends Record<string, unknown>>(
  model: unknown,
  rows: R[],
  factors = 3,
): Array<R & ScoredLead> {
  const checked = readLeadModel(model);
  return rows.map((row) => ({ ...row, ...scoreLead(checked, row, factors) }));
}
