import { join } from 'node:path';
import { NodeError, type Item } from '@ainow/engine/sdk';
import { memoryResources, runNode } from '@ainow/engine/testing';
import { readRows, scoreLeadsNode, trainLeadModelNode } from '../../src/ai';
import { aiCredentials, aiNodes, aiSimulators } from '../../src/vendors/group-ai';

const trainProps = { label: 'outcome', validationShare: 0.2, seed: 42, maxCategories: 20, steps: 150 };
let history: Item[];

beforeAll(async () => {
  const rows = await readRows(join(__dirname, '../../../examples/lead-scoring/lead-history.csv'));
  history = rows.slice(0, 1000).map((json) => ({ json }));
});

describe('Train lead score model node', () => {
  it('turns the batch into one item with the model, metrics and a summary', async () => {
    const out = await runNode(trainLeadModelNode, { props: trainProps, items: history });
    expect(out.main).toHaveLength(1);
    const { model, metrics, summary } = out.main[0].json as {
      model: { kind: string };
      metrics: { auc: number };
      summary: string;
    };
    expect(model.kind).toBe('ainow.leadScoreModel');
    expect(metrics.auc).toBeGreaterThan(0.7);
    expect(summary).toMatch(/^AUC 0\.\d\d and accuracy \d+% on 200 held-out leads$/);
  });

  it.each([
    ['no items', [], 'there are no rows to train on'],
    [
      'only won leads',
      [{ json: { title: 'VP', outcome: 'won' } }, { json: { title: 'CEO', outcome: 'won' } }],
      'training needs both won and lost leads',
    ],
  ])('fails with a clear node error for %s', async (_, items, message) => {
    const error = (await runNode(trainLeadModelNode, { props: trainProps, items }).catch(
      (e: unknown) => e,
    )) as NodeError;
    expect(error).toBeInstanceOf(NodeError);
    expect(error.code).toBe('training_failed');
    expect(error.message).toContain(message);
  });

  it('uses only the fields named and the won values given', async () => {
    const items = history.map((item) => ({
      json: { ...item.json, outcome: item.json.outcome === 'won' ? 'Closed Won' : 'Closed Lost' },
    }));
    const out = await runNode(trainLeadModelNode, {
      props: { ...trainProps, fields: 'source, emails_opened', positiveValues: 'closed won' },
      items,
    });
    const model = out.main[0].json.model as { features: string[] };
    expect(model.features.every((f) => f.startsWith('source') || f === 'emails_opened')).toBe(true);
  });
});

describe('Score leads node', () => {
  let model: unknown;
  beforeAll(async () => {
    model = (await runNode(trainLeadModelNode, { props: trainProps, items: history })).main[0].json.model;
  });

  it.each([
    ['an object', () => model],
    ['JSON text', () => JSON.stringify(model)],
  ])(
    'scores every lead with the model given as %s, keeping every field and the pairing',
    async (_, given) => {
      const leads: Item[] = [
        {
          json: {
            name: 'Ada',
            title: 'VP of Sales',
            industry: 'computer software',
            source: 'demo request',
            emails_opened: 8,
          },
        },
        {
          json: {
            name: 'Bob',
            title: 'Finance Associate',
            industry: 'construction',
            source: 'cold outbound',
            emails_opened: 0,
            country: 'Narnia',
          },
        },
      ];
      const out = await runNode(scoreLeadsNode, { props: { model: given(), factors: 2 }, items: leads });
      expect(out.main.map((i) => i.json.name)).toEqual(['Ada', 'Bob']);
      expect(out.main.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
      expect(out.main[0].json.score as number).toBeGreaterThan(out.main[1].json.score as number);
      expect(out.main[1].json.country).toBe('Narnia');
      expect(out.main[0].json.scoreFactors).toHaveLength(2);
    },
  );

  it('refuses something that is not a model', async () => {
    const error = (await runNode(scoreLeadsNode, {
      props: { model: { hello: 1 } },
      items: [{ json: {} }],
    }).catch((e: unknown) => e)) as NodeError;
    expect(error.code).toBe('invalid_model');
    expect(error.message).toMatch(/^Score leads › model: the model is not a lead score model/);
  });
});

describe('AI group exports', () => {
  it('lists every AI node once, in category AI with effect read, and the openai credential', () => {
    expect(aiNodes.map((n) => n.type)).toEqual([
      'openai.chat',
      'openai.extractStructured',
      'openai.leadScore',
      'openai.personalise',
      'ai.trainLeadModel',
      'ai.scoreLeads',
    ]);
    expect(aiNodes.every((n) => n.category === 'AI' && n.effect === 'read')).toBe(true);
    expect(
      aiNodes.filter((n) => n.type.startsWith('openai.')).every((n) => n.rateLimit?.requests === 500),
    ).toBe(true);
    expect(aiCredentials.map((c) => [c.name, c.baseUrl?.simulator, c.secretFields])).toEqual([
      ['openai', 'openai', ['apiKey']],
    ]);
  });

  it('gives an openai simulator factory that starts and stops', async () => {
    const sim = aiSimulators.openai();
    const { url } = await sim.start();
    const res = await fetch(`${url}/v1/models`, { headers: { authorization: 'Bearer any-key' } });
    expect(res.status).toBe(200);
    await sim.stop();
  });
});

describe('saved lead score models', () => {
  it('saves each training as a new version and scores with the newest or a chosen one', async () => {
    const resources = memoryResources();
    const first = await runNode(trainLeadModelNode, {
      props: { ...trainProps, saveAs: 'Inbound' },
      items: history,
      resources,
    });
    const second = await runNode(trainLeadModelNode, {
      props: { ...trainProps, seed: 7, saveAs: 'Inbound' },
      items: history,
      resources,
    });
    expect(first.main[0].json.saved).toMatchObject({ name: 'Inbound', version: 1 });
    expect(second.main[0].json.saved).toMatchObject({ name: 'Inbound', version: 2 });
    expect(String(second.main[0].json.summary)).toMatch(/saved as 'Inbound' version 2$/);

    const lead = [{ json: { title: 'VP of Sales', industry: 'computer software', emails_opened: 6 } }];
    const newest = await runNode(scoreLeadsNode, {
      props: { source: 'saved', modelName: 'Inbound', factors: 3 },
      items: lead,
      resources,
    });
    const pinned = await runNode(scoreLeadsNode, {
      props: { source: 'saved', modelName: 'Inbound', modelVersion: 1, factors: 3 },
      items: lead,
      resources,
    });
    const direct = await runNode(scoreLeadsNode, {
      props: { source: 'input', model: first.main[0].json.model, factors: 3 },
      items: lead,
    });
    expect(pinned.main[0].json.score).toBe(direct.main[0].json.score);
    expect(typeof newest.main[0].json.score).toBe('number');
  });

  it.each([
    [{ source: 'saved', modelName: 'Nope' }, "no saved model named 'Nope'"],
    [
      { source: 'saved', modelName: 'Inbound', modelVersion: 9 },
      "no saved model named 'Inbound' with version 9",
    ],
    [{ source: 'saved' }, 'give the name the model was saved as'],
    [{ source: 'input' }, 'give the model object, or choose a saved model'],
  ])('explains a model it cannot find: %j', async (props, message) => {
    const resources = memoryResources();
    await resources.save('leadScoreModel', 'Inbound', { kind: 'ainow.leadScoreModel' });
    await expect(
      runNode(scoreLeadsNode, { props: { factors: 3, ...props }, items: history.slice(0, 1), resources }),
    ).rejects.toThrow(message);
  });
});
