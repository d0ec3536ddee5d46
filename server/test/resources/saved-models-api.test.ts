import { startTestServer, type TestServer } from '../support/test-server';

const node = (id: string, type: string, x: number, parameters: Record<string, unknown> = {}) => ({
  id,
  name: id,
  type,
  version: 1,
  position: { x, y: 0 },
  parameters,
});
const edge = (from: string, to: string) => ({
  from: { node: from, port: 'main' },
  to: { node: to, port: 'main' },
});
const history = Array.from({ length: 80 }, (_, i) => ({
  title: i % 2 ? 'VP of Sales' : 'Intern',
  emails_opened: i % 2 ? 5 + (i % 4) : i % 3,
  outcome: i % 2 ? (i % 7 ? 'won' : 'lost') : i % 9 ? 'lost' : 'won',
}));

describe.each(['sqlite', 'postgres'] as const)('saved lead-score models on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => server?.close());
  const api = (method: 'get' | 'post', path: string) =>
    server.http[method](`/api/v1${path}`).set('Cookie', server.ownerCookie);

  it('keeps each training as a new version that other workflows score with by name', async () => {
    const trainer = {
      schemaVersion: 1,
      name: 'Train',
      nodes: [
        node('start', 'core.manualTrigger', 0),
        node('train', 'ai.trainLeadModel', 200, {
          label: 'outcome',
          validationShare: 0.25,
          saveAs: `Inbound ${kind}`,
        }),
      ],
      connections: [edge('start', 'train')],
    };
    const { body: created } = await api('post', '/workflows').send(trainer).expect(201);
    for (const version of [1, 2]) {
      const run = await api('post', `/workflows/${created.id}/run?wait=true`)
        .send({ items: history })
        .expect(200);
      expect(run.body.status).toBe('success');
      expect(run.body.outputs.train.main[0].json.saved).toMatchObject({ name: `Inbound ${kind}`, version });
    }
    const listed = await api('get', '/resources').expect(200);
    const entry = listed.body.data.find((r: { name: string }) => r.name === `Inbound ${kind}`);
    expect(entry).toMatchObject({ kind: 'leadScoreModel', versions: [{ version: 1 }, { version: 2 }] });
    const one = await api(
      'get',
      `/resources/leadScoreModel/${encodeURIComponent(`Inbound ${kind}`)}/1`,
    ).expect(200);
    expect(one.body.data.kind).toBe('ainow.leadScoreModel');
    await api('get', '/resources/leadScoreModel/nope/1').expect(404);

    const scorer = {
      schemaVersion: 1,
      name: 'Score',
      nodes: [
        node('start', 'core.manualTrigger', 0),
        node('score', 'ai.scoreLeads', 200, { source: 'saved', modelName: `Inbound ${kind}` }),
      ],
      connections: [edge('start', 'score')],
    };
    const { body: scoring } = await api('post', '/workflows').send(scorer).expect(201);
    const scored = await api('post', `/workflows/${scoring.id}/run?wait=true`)
      .send({
        items: [
          { title: 'VP of Sales', emails_opened: 7 },
          { title: 'Intern', emails_opened: 0 },
        ],
      })
      .expect(200);
    expect(scored.body.status).toBe('success');
    const [vp, intern] = scored.body.outputs.score.main.map((i: { json: { score: number } }) => i.json.score);
    expect(vp).toBeGreaterThan(intern);
  });
});
