// Transform chain: Code makes N leads → Set with 3 expressions → IF → two Sets → Merge append → Set.
// Usage: node bench/engine-transform.mjs [N]   (prints JSON)
import { measure, workflow } from './engine-bench-kit.mjs';

const n = Number(process.argv[2] ?? 10000);
const wf = workflow(
  `transform chain ${n}`,
  [
    ['start', 'core.manualTrigger'],
    [
      'make',
      'core.code',
      {
        mode: 'all',
        code: `const out = []; for (let i = 0; i < ${n}; i++) out.push({ json: { id: i, first: 'Ada' + i, last: 'Lovelace', employees: i % 500, email: 'ada' + i + '@example.com' } }); return out;`,
      },
    ],
    [
      'shape',
      'core.set',
      {
        fields: [
          { name: 'name', value: '{{ $json.first + " " + $json.last }}' },
          { name: 'domain', value: '{{ $json.email.split("@")[1] }}' },
          { name: 'big', value: '{{ $json.employees > 250 }}' },
        ],
      },
    ],
    ['isBig', 'core.if', { conditions: [{ left: '{{ $json.big }}', op: 'isTrue' }] }],
    ['enterprise', 'core.set', { fields: [{ name: 'segment', value: 'enterprise' }] }],
    ['smb', 'core.set', { fields: [{ name: 'segment', value: 'smb' }] }],
    ['join', 'core.merge', { mode: 'append' }],
    ['final', 'core.set', { fields: [{ name: 'ready', value: true }] }],
  ],
  [
    'start -> make',
    'make -> shape',
    'shape -> isBig',
    'isBig:true -> enterprise',
    'isBig:false -> smb',
    'enterprise -> join:a',
    'smb -> join:b',
    'join -> final',
  ],
);

const result = await measure(`transform-chain-${n}`, wf, { repeat: n >= 100000 ? 2 : 5 });
console.log(JSON.stringify({ ...result, items: n }));
