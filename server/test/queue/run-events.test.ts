import { Redis } from 'ioredis';
import { RunEvents, type RunEvent } from '../../src/runs/run-events';
import { REDIS_URL } from '../support/test-config';

/** Run events between processes over real Redis: one pattern subscription, batched publishing. */
describe('RunEvents relayed through Redis', () => {
  const prefix = `ev${process.pid}${Math.random().toString(36).slice(2, 6)}`;
  const clients: Redis[] = [];
  const relay = async () => {
    const publisher = new Redis(REDIS_URL);
    const subscriber = publisher.duplicate();
    clients.push(publisher, subscriber);
    const events = new RunEvents();
    await events.connect(publisher, subscriber, prefix);
    return events;
  };
  let api: RunEvents;
  let worker: RunEvents;
  beforeAll(async () => {
    api = await relay();
    worker = await relay();
  });
  afterAll(async () => {
    await api.close();
    await worker.close();
    await Promise.all(clients.map((c) => c.quit().catch(() => undefined)));
  });

  const finished = (runId: string): RunEvent => ({
    type: 'run-finished',
    runId,
    status: 'success',
    error: null,
  });
  const started = (runId: string, index: number): RunEvent => ({
    type: 'step-started',
    runId,
    index,
    nodeId: `n${index}`,
    nodeName: `N${index}`,
  });
  const collect = async (events: RunEvents, runId: string) => {
    const seen: RunEvent[] = [];
    const off = await events.listen(runId, (e) => seen.push(e));
    return { seen, off };
  };
  const settle = () => new Promise((r) => setTimeout(r, 150));

  it('delivers the events of the runs a process listens to, in order, and no others', async () => {
    const mine = await collect(api, 'r1');
    for (const event of [
      started('r1', 0),
      started('r2', 0),
      started('r1', 1),
      finished('r1'),
      finished('r2'),
    ])
      worker.publish(event);
    await settle();
    expect(mine.seen).toEqual([started('r1', 0), started('r1', 1), finished('r1')]);
    mine.off();
  });

  it('stops delivering once the listener is gone, and waitFor resolves on the awaited event', async () => {
    const gone = await collect(api, 'r3');
    gone.off();
    const waiting = await api.waitFor('r4', (e) => e.type === 'run-finished', 5000);
    worker.publish(started('r3', 0));
    worker.publish(started('r4', 0));
    worker.publish(finished('r4'));
    expect(await waiting.event).toEqual(finished('r4'));
    await settle();
    expect(gone.seen).toEqual([]);
  });

  it('sends cancellations to every process, listening or not', async () => {
    const cancelled: string[] = [];
    const off = worker.on('r5', (e) => e.type === 'cancel' && cancelled.push(e.runId));
    api.publish({ type: 'cancel', runId: 'r5' });
    await settle();
    expect(cancelled).toEqual(['r5']);
    off();
  });

  it('tells another process which steps of a run are in flight, until they finish', async () => {
    const stepFinished = (runId: string, index: number): RunEvent => ({
      type: 'step-finished',
      runId,
      step: {
        index,
        nodeId: `n${index}`,
        nodeName: `N${index}`,
        nodeType: 'core.noop',
        status: 'success',
        itemsIn: 1,
        itemsOut: { main: 1 },
        durationMs: 1,
      },
    });
    worker.publish(started('r6', 0));
    worker.publish(started('r6', 1));
    expect(await worker.stepsInFlight('r6')).toEqual([
      { index: 0, nodeId: 'n0', nodeName: 'N0' },
      { index: 1, nodeId: 'n1', nodeName: 'N1' },
    ]);
    await settle();
    expect((await api.stepsInFlight('r6')).map((s) => s.nodeId)).toEqual(['n0', 'n1']);
    worker.publish(stepFinished('r6', 0));
    await settle();
    expect((await api.stepsInFlight('r6')).map((s) => s.nodeId)).toEqual(['n1']);
    expect((await worker.stepsInFlight('r6')).map((s) => s.nodeId)).toEqual(['n1']);
    worker.publish(finished('r6'));
    await settle();
    expect(await api.stepsInFlight('r6')).toEqual([]);
    expect(await worker.stepsInFlight('r6')).toEqual([]);
    expect(await clients[0].exists(`${prefix}:run-steps:r6`)).toBe(0);
  });

  it('keeps the steps in flight in memory without Redis (embedded)', async () => {
    const local = new RunEvents();
    local.publish(started('r7', 0));
    expect(await local.stepsInFlight('r7')).toEqual([{ index: 0, nodeId: 'n0', nodeName: 'N0' }]);
    local.publish(finished('r7'));
    expect(await local.stepsInFlight('r7')).toEqual([]);
  });
});
