import { join } from 'node:path';
import {
  LEAD_MODEL_KIND,
  readLeadModel,
  readRows,
  rocAuc,
  scoreLeads,
  trainLeadModel,
  type LeadModel,
} from '../../src/ai';

const historyCsv = join(__dirname, '../../../examples/lead-scoring/lead-history.csv');
let rows: Record<string, unknown>[];
let model: LeadModel;

beforeAll(async () => {
  rows = await readRows(historyCsv);
  model = trainLeadModel(rows, { label: 'outcome', validationShare: 0.2, seed: 42, steps: 200 });
});

describe('trainLeadModel on the example history (planted signal)', () => {
  it('learns the signal: validation AUC well above chance', () => {
    expect(rows).toHaveLength(2000);
    expect(model.metrics.auc).toBeGreaterThan(0.72);
    expect(model.metrics.accuracy).toBeGreaterThan(
      model.metrics.positiveRate < 0.5 ? 1 - model.metrics.positiveRate - 0.02 : 0.5,
    );
    expect([model.metrics.trainRows, model.metrics.validationRows]).toEqual([1600, 400]);
  });

  it('saves versioned JSON with features, weights and metrics', () => {
    const saved = JSON.parse(JSON.stringify(model));
    expect(saved).toMatchObject({ kind: LEAD_MODEL_KIND, version: 1, label: { field: 'outcome' } });
    expect(saved.weights).toHaveLength(saved.features.length);
    expect(Date.parse(saved.trainedAt)).not.toBeNaN();
    expect(readLeadModel(saved)).toEqual(saved);
  });

  it.each([
    ['source = demo request', 'raises'],
    ['source = cold outbound', 'lowers'],
    ['emails_opened', 'raises'],
  ])('ranks the planted feature %s among the top and reads its direction (%s)', (feature, direction) => {
    const found = model.metrics.topFeatures.find((f) => f.feature === feature);
    expect(found?.direction).toBe(direction);
  });

  it('encodes numbers, capped categories with other, and hashed title tokens; skips identifiers', () => {
    const kinds = Object.fromEntries(model.fields.map((f) => [f.field, f.kind]));
    expect(kinds).toEqual({
      title: 'text',
      seniority: 'categorical',
      industry: 'text',
      employees: 'numeric',
      country: 'categorical',
      source: 'categorical',
      emails_opened: 'numeric',
    });
    expect(model.features).toContain('log employees');
    expect(model.features).toContain('country = other');
    expect(model.features.some((f) => /^title ~ .*revenue/.test(f))).toBe(true);
    const capped = trainLeadModel(rows, {
      label: 'outcome',
      validationShare: 0.2,
      seed: 1,
      steps: 20,
      maxCategories: 2,
      fields: ['country'],
    });
    expect(capped.features).toHaveLength(3);
    expect([capped.features[0], capped.features[2]]).toEqual(['country = united states', 'country = other']);
  });

  it('is repeatable for the same seed and splits differently for another', () => {
    const again = trainLeadModel(rows.slice(0, 400), {
      label: 'outcome',
      validationShare: 0.25,
      seed: 5,
      steps: 50,
    });
    const same = trainLeadModel(rows.slice(0, 400), {
      label: 'outcome',
      validationShare: 0.25,
      seed: 5,
      steps: 50,
    });
    const other = trainLeadModel(rows.slice(0, 400), {
      label: 'outcome',
      validationShare: 0.25,
      seed: 6,
      steps: 50,
    });
    expect(same.weights).toEqual(again.weights);
    expect(other.weights).not.toEqual(again.weights);
  });
});

describe('trainLeadModel errors', () => {
  const few = (outcomes: string[]) =>
    outcomes.map((outcome, i) => ({
      title: i % 2 ? 'VP Sales' : 'Intern',
      employees: 10 * (i + 1),
      outcome,
    }));
  it.each([
    ['empty data', [], {}, 'there are no rows to train on'],
    [
      'one-class data (all lost)',
      few(['lost', 'lost', 'lost', 'lost']),
      {},
      'all 4 rows are lost in "outcome"; training needs both won and lost leads',
    ],
    ['one-class data (all won)', few(['won', 'won', 'won']), {}, 'all 3 rows are won'],
    ['a single won lead', few(['won', 'lost', 'lost', 'lost']), {}, 'at least 2 won and 2 lost'],
    [
      'a row without outcome',
      few(['won', '', 'lost']),
      {},
      'row 2 has no value in the outcome field "outcome"',
    ],
    ['an outcome word it cannot read', few(['won', 'maybe']), {}, 'row 2: outcome "maybe" is neither'],
    [
      'a field nobody has',
      few(['won', 'won', 'lost', 'lost']),
      { fields: ['budget'] },
      'no row has the field(s) budget',
    ],
    [
      'a bad validation share',
      few(['won', 'won', 'lost', 'lost']),
      { validationShare: 1 },
      'validation share must be between 0 and 0.9',
    ],
  ])('explains %s', (_, data, extra, message) => {
    expect(() => trainLeadModel(data, { label: 'outcome', validationShare: 0.2, seed: 1, ...extra })).toThrow(
      message,
    );
  });

  it('counts everything else as lost when won values are given', () => {
    const data = few(['expanded', 'churned', 'expanded', 'renewed', 'churned', 'expanded']);
    const trained = trainLeadModel(data, {
      label: 'outcome',
      positiveValues: ['expanded'],
      validationShare: 0.3,
      seed: 1,
      steps: 20,
    });
    expect(trained.metrics.positiveRate).toBe(0.5);
  });
});

describe('scoreLeads', () => {
  it('keeps every field and adds score, grade and top factors', () => {
    const [scored] = scoreLeads(model, [
      {
        lead_id: 'N1',
        title: 'VP of Revenue',
        seniority: 'vp',
        industry: 'computer software',
        employees: 300,
        country: 'United States',
        source: 'demo request',
        emails_opened: 9,
      },
    ]);
    expect(scored).toMatchObject({ lead_id: 'N1', title: 'VP of Revenue', employees: 300 });
    expect(scored.score).toBeGreaterThan(70);
    expect(scored.grade).toBe('A');
    expect(scored.scoreFactors).toHaveLength(3);
    expect(scored.scoreFactors[0].impact).toBeGreaterThan(0);
  });

  it('ranks leads in the order of the planted signal', () => {
    const [good, poor] = scoreLeads(model, [
      {
        title: 'Director of Sales',
        seniority: 'director',
        industry: 'computer & network security',
        employees: 200,
        source: 'referral',
        emails_opened: 6,
      },
      {
        title: 'Human Resources Associate',
        seniority: 'entry',
        industry: 'construction',
        employees: 8,
        source: 'cold outbound',
        emails_opened: 0,
      },
    ]);
    expect(good.score).toBeGreaterThan(poor.score);
    expect(poor.grade).toBe('D');
  });

  it.each([
    [
      'unknown categories and words',
      {
        title: 'Chief Happiness Wizard',
        seniority: 'astronaut',
        industry: 'space mining',
        country: 'Atlantis',
        source: 'carrier pigeon',
      },
    ],
    ['missing fields', {}],
    ['numbers written as text, and junk', { employees: '250', emails_opened: 'lots' }],
  ])('scores a lead with %s without failing (unknown categories go to other)', (_, lead) => {
    const [scored] = scoreLeads(model, [lead]);
    expect(scored.score).toBeGreaterThanOrEqual(0);
    expect(scored.score).toBeLessThanOrEqual(100);
    expect(['A', 'B', 'C', 'D']).toContain(scored.grade);
  });

  it('puts unknown categories in the other column', () => {
    const [atlantis] = scoreLeads(model, [{ country: 'Atlantis' }], 89);
    const [rare] = scoreLeads(model, [{ country: 'other' }], 89);
    expect(atlantis.score).toBe(rare.score);
  });

  it('ranks the held-out style of data well: AUC on the whole history is above 0.75', () => {
    const scored = scoreLeads(model, rows);
    expect(
      rocAuc(
        scored.map((r) => r.score),
        rows.map((r) => (r.outcome === 'won' ? 1 : 0)),
      )!,
    ).toBeGreaterThan(0.75);
  });

  it.each([
    ['not JSON', '{oops', 'the model is not JSON'],
    ['another kind', { kind: 'something' }, 'is not a lead score model'],
    ['a newer version', { kind: LEAD_MODEL_KIND, version: 9 }, 'version 9 is not supported'],
    [
      'damaged weights',
      {
        kind: LEAD_MODEL_KIND,
        version: 1,
        fields: [],
        features: ['a'],
        weights: [],
        means: [0],
        stds: [1],
        intercept: 0,
        gradeCutoffs: {},
      },
      'damaged',
    ],
  ])('refuses a model that is %s', (_, bad, message) => {
    expect(() => scoreLeads(bad, [{}])).toThrow(message);
  });
});

describe('rocAuc', () => {
  it.each([
    [[0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0], 1],
    [[0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0], 0],
    [[0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0], 0.5],
    [[0.9, 0.3, 0.6, 0.1], [1, 1, 0, 0], 0.75],
    [[0.9, 0.3], [1, 1], null],
  ])('AUC of %j against %j is %p', (scores, labels, auc) => expect(rocAuc(scores, labels)).toBe(auc));
});
