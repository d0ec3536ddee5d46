// A small end-to-end harness on playwright-core and Debian's Chromium: named steps run in order
// (they build on each other like a user session), each reported; closes with "N passed, N failed".
import { chromium } from 'playwright-core';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-dev-shm-usage',
];

export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export function createRunner({ screenshots }) {
  const steps = [];
  return {
    step: (name, fn) => steps.push({ name, fn }),
    async run(page) {
      await mkdir(screenshots, { recursive: true });
      // A failure shot of an earlier run would read as one of this run.
      for (const f of await readdir(screenshots))
        if (f.startsWith('FAILED-')) await rm(`${screenshots}/${f}`, { force: true });
      let passed = 0;
      let failed = 0;
      let broken = false;
      for (const { name, fn } of steps) {
        if (broken) {
          console.log(`  - skipped: ${name}`);
          failed++;
          continue;
        }
        const started = Date.now();
        try {
          await fn();
          passed++;
          console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
        } catch (error) {
          failed++;
          broken = true;
          console.log(
            `  ✕ ${name}\n    ${String(error?.stack ?? error)
              .split('\n')
              .slice(0, 6)
              .join('\n    ')}`,
          );
          await page
            .screenshot({ path: `${screenshots}/FAILED-${name.replace(/\W+/g, '-')}.png` })
            .catch(() => undefined);
        }
      }
      console.log(`\n${passed} passed, ${failed} failed`);
      return failed === 0;
    },
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}
