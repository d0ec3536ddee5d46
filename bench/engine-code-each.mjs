// Code node once per item over N items (default 10,000). Prints JSON.
import { measure, workflow } from './engine-bench-kit.mjs';

const n = Number(process.argv[2] ?? 10000);
const wf = workflow(
  `code each ${n}`,
  [
    ['start', 'core.manualTrigger'],
    [
      'make',
      'core.code',
      {
        mode: 'all',
        code: `const out = []; for (let i = 0; i < ${n}; i++) out.push({ json: { n: i, email: 'a' + i + '@x.io' } }); return out;`,
      },
    ],
    [
      'each',
      'core.code',
      {
        mode: 'each',
        code: `return { json: { ...$json, domain: $json.email.split('@')[1], double: $json.n * 2 } };`,
      },
    ],
  ],
  ['start -> make', 'make -> each'],
);
const result = await measure(`code-each-${n}`, wf, { repeat: 5 });
const each = result.steps.find((s) => s.node === 'each');
console.log(JSON.stringify({ ...result, items: n, codeEachStepMs: each.ms }));
