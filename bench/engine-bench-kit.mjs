// Shared pieces of the engine benchmarks: the built runtime and node library, and a measure helper.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const { createRuntime, createEngineDefaults } = require('../engine/dist/runtime/index.js');
export const { createBuiltInRegistry } = require('../nodes/dist/index.js');

/** Builds a workflow document from nodes and `from -> to` edges (ports as `node:port`). */
export const { buildWorkflow } = require('../engine/dist/testing/index.js');
export const workflow = (name, nodes, edges) => ({
  ...buildWorkflow(nodes, edges),
  name,
  settings: { timezone: 'UTC', errorWorkflowId: null, timeoutMs: 600000 },
});

/** Runs a workflow `repeat` times; reports the best and median engine time (first step start to last step end). */
export async function measure(label, wf, { repeat = 3, triggerItems } = {}) {
  const defaults = createEngineDefaults();
  const runtime = createRuntime({ registry: createBuiltInRegistry(), ...defaults });
  const times = [];
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
  let result;
  for (let i = 0; i < repeat; i++) {
    result = undefined;
    globalThis.gc?.();
    result = await runtime.run(wf, { triggerItems, mode: 'trigger' });
    if (result.status !== 'success')
      throw new Error(`${label}: run ${result.status}: ${result.error?.message}`);
    const first = Date.parse(result.steps[0].startedAt);
    const last = Math.max(...result.steps.map((s) => Date.parse(s.finishedAt)));
    times.push(last - first);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  clearInterval(sampler);
  defaults.dispose();
  times.sort((a, b) => a - b);
  return {
    benchmark: label,
    runs: repeat,
    engineMsBest: times[0],
    engineMsMedian: times[Math.floor(times.length / 2)],
    peakRssMb: Math.round(peakRss / 1048576),
    steps: result.steps.map((s) => ({ node: s.nodeId, ms: Math.round(s.durationMs), out: s.itemsOut })),
  };
}
