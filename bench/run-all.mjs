// Runs every engine benchmark in its own process and prints one JSON array.
import { execFileSync } from 'node:child_process';

const here = new URL('.', import.meta.url).pathname;
const runs = [
  ['engine-transform.mjs', '10000'],
  ['engine-transform.mjs', '100000'],
  ['engine-set-expressions.mjs', '10000'],
  ['engine-code-each.mjs', '10000'],
  ['cli-run.mjs'],
];
const results = runs.map(([script, ...args]) =>
  JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', here + script, ...args], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop(),
  ),
);
console.log(JSON.stringify(results, null, 2));
