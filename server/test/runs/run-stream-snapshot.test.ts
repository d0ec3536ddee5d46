import { helloWorkflow, startTestServer, type TestServer } from '../support/test-server';

jest.setTimeout(30_000);

/** A stream opened while a step runs: its snapshot says which steps are in flight. */
describe('run events: the snapshot of a stream opened mid-step', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { AINOW_INLINE_WAIT_MS: '10000' });
  });
  afterAll(async () => server?.close());
  const api = (method: 'get' | 'post', path: string) =>
    server.http[method](`/api/v1${path}`).set('Cookie', server.ownerCookie);

  it('lists the running step in the snapshot, then streams its end', async () => {
    // Hello's Start, then a 2 s pause instead of its Set.
    const hello = helloWorkflow('Slow step') as { nodes: Array<Record<string, unknown>> };
    const workflow = {
      ...hello,
      nodes: [
        hello.nodes[0],
        {
          ...hello.nodes[1],
          name: 'Pause',
          type: 'core.wait',
          parameters: { mode: 'duration', amount: 2, unit: 'seconds' },
        },
      ],
    };
    const { body: saved } = await api('post', '/workflows').send(workflow).expect(201);
    const { body: started } = await api('post', `/workflows/${saved.id}/run`).send({}).expect(202);
    for (let i = 0; i < 100; i++) {
      const { body } = await api('get', `/executions/${started.runId}`);
      if (body.steps.length === 1 && body.status === 'running') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 200)); // well inside the 2 s pause
    const res = await api('get', `/executions/${started.runId}/events`)
      .buffer(true)
      .parse((stream, done) => {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
        stream.on('end', () => done(null, text));
      });
    const events = String(res.body)
      .split('\n\n')
      .filter((block) => block.startsWith('event: '))
      .map((block) => {
        const [head, data] = block.split('\n');
        return { type: head.slice('event: '.length), data: JSON.parse(data.slice('data: '.length)) };
      });
    expect(events[0].type).toBe('snapshot');
    expect(events[0].data.steps.map((s: { nodeId: string }) => s.nodeId)).toEqual(['start']);
    expect(events[0].data.running).toEqual([{ index: 1, nodeId: 'set', nodeName: 'Pause' }]);
    expect(events.slice(1).map((e) => e.type)).toEqual(['step-finished', 'run-finished']);
    expect(events[2].data.status).toBe('success');
  });
});
