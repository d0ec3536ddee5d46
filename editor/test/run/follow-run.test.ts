import { followRun } from '../../src/run/follow-run';
import { createEditorStore } from '../../src/store/editor-store';
import { catalog, sampleWorkflow } from '../fixtures';

/** A stand-in for the browser's EventSource that the test drives by hand. */
class FakeEventSource {
  static last: FakeEventSource;
  readonly listeners = new Map<string, (message: MessageEvent) => void>();
  onmessage: ((message: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (message: MessageEvent) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown) {
    this.listeners.get(type)?.({ type, data: JSON.stringify(data) } as MessageEvent);
  }
}

describe('following a run over server-sent events', () => {
  const original = (globalThis as { EventSource?: unknown }).EventSource;
  beforeAll(() => ((globalThis as { EventSource?: unknown }).EventSource = FakeEventSource));
  afterAll(() => ((globalThis as { EventSource?: unknown }).EventSource = original));

  it('lights up the steps that finished and those still running when the stream opened', async () => {
    const store = createEditorStore({ workflow: sampleWorkflow(), catalog });
    const followed = followRun(store, 'r1');
    const source = FakeEventSource.last;
    expect(source.url).toBe('/api/v1/executions/r1/events');
    source.emit('snapshot', {
      type: 'snapshot',
      status: 'running',
      steps: [{ index: 0, nodeId: 't', nodeName: 'Trigger', status: 'success', itemsOut: { main: 1 } }],
      running: [{ index: 1, nodeId: 's', nodeName: 'Set' }],
    });
    expect(store.getState().run.steps.t?.status).toBe('success');
    expect(store.getState().run.steps.s?.status).toBe('running');
    source.emit('step-finished', {
      type: 'step-finished',
      runId: 'r1',
      step: { index: 1, nodeId: 's', nodeName: 'Set', status: 'success', itemsOut: { main: 1 } },
    });
    expect(store.getState().run.steps.s?.status).toBe('success');
    source.emit('run-finished', { type: 'run-finished', runId: 'r1', status: 'success', error: null });
    await followed;
    expect(source.closed).toBe(true);
  });
});
