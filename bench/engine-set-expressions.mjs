// Set with 20 expressions per item over N items (default 10,000: 200,000 evaluations). Prints JSON.
import { measure, workflow } from './engine-bench-kit.mjs';

const n = Number(process.argv[2] ?? 10000);
const fields = Array.from({ length: 20 }, (_, k) => ({
  name: `f${k}`,
  value:
    k % 4 === 0
      ? `{{ $json.first + ' ' + $json.last + ${k} }}`
      : k % 4 === 1
        ? `{{ $json.n * ${k} }}`
        : k % 4 === 2
          ? `{{ $json.email.toUpperCase() }}`
          : `{{ $json.n % 2 === 0 ? 'even' : 'odd' }}`,
}));
const wf = workflow(
  `set 20 expressions ${n}`,
  [
    ['start', 'core.manualTrigger'],
    [
      'make',
      'core.code',
      {
        mode: 'all',
        code: `const out = []; for (let i = 0; i < ${n}; i++) out.push({ json: { n: i, first: 'Ada', last: 'L' + i, email: 'a' + i + '@x.io' } }); return out;`,
      },
    ],
    ['set', 'core.set', { fields }],
  ],
  ['start -> make', 'make -> set'],
);
const result = await measure(`set-20-expressions-${n}`, wf, { repeat: 5 });
const set = result.steps.find((s) => s.node === 'set');
console.log(JSON.stringify({ ...result, items: n, evaluations: n * 20, setStepMs: set.ms }));
