// `ainow run` of a 3-node workflow, whole process, measured over several runs. Prints JSON.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'ainow-bench-'));
const file = join(dir, 'three.workflow.json');
writeFileSync(
  file,
  JSON.stringify({
    schemaVersion: 1,
    name: 'three nodes',
    nodes: [
      {
        id: 'start',
        name: 'Start',
        type: 'core.manualTrigger',
        version: 1,
        position: { x: 0, y: 0 },
        parameters: {},
      },
      {
        id: 'set',
        name: 'Set',
        type: 'core.set',
        version: 1,
        position: { x: 200, y: 0 },
        parameters: { fields: [{ name: 'greeting', value: 'Hi {{ $json.name }}' }] },
      },
      {
        id: 'if',
        name: 'If',
        type: 'core.if',
        version: 1,
        position: { x: 400, y: 0 },
        parameters: { conditions: [{ left: '{{ $json.greeting }}', op: 'startsWith', right: 'Hi' }] },
      },
    ],
    connections: [
      { from: { node: 'start', port: 'main' }, to: { node: 'set', port: 'main' } },
      { from: { node: 'set', port: 'main' }, to: { node: 'if', port: 'main' } },
    ],
  }),
);
// The `ainow` command users run (the server package's CLI; `run` never loads the server itself).
const cli = new URL('../server/dist/cli/main.js', import.meta.url).pathname;
const times = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [cli, 'run', file], { encoding: 'utf8' });
  times.push(performance.now() - t0);
  if (res.status !== 0) throw new Error(`ainow run exited ${res.status}: ${res.stderr}`);
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    benchmark: 'cli-run-3-nodes',
    runs: times.length,
    wholeProcessMsBest: Math.round(times[0]),
    wholeProcessMsMedian: Math.round(times[3]),
  }),
);
