// End-to-end accessibility check: axe-core (the rules of WCAG 2.x A and AA and axe's best
// practices) on the main screens of the user session, which must show no violation at all.
// Registered by run-e2e.mjs after the session has workflows, runs and credentials to show.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { assert } from './harness.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The violations axe finds on the page as it is now, one line each ("rule (impact): where"). */
export async function accessibilityProblems(page) {
  await page.addScriptTag({ content: axeSource });
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes[0].target.join(' ')} — ${v.help}`,
  );
}

/** The step: `{ page, server, workflowUrl() }` from run-e2e.mjs. */
export function accessibilityStep({ page, server, browser, workflowUrl }) {
  const screens = [
    ['workflow list', '/#/workflows', (p) => p.getByRole('heading', { name: 'Workflows' })],
    ['templates', '/#/templates', (p) => p.getByRole('heading', { name: 'Templates' })],
    ['executions', '/#/executions', (p) => p.getByRole('heading', { name: 'Executions' })],
    ['settings', '/#/settings', (p) => p.getByRole('heading', { name: 'API keys' })],
    ['credentials', '/#/credentials', (p) => p.getByRole('heading', { name: 'Credentials' })],
  ];
  return [
    'accessibility: axe finds no violation on the main screens',
    async () => {
      const found = [];
      const check = async (name) =>
        found.push(...(await accessibilityProblems(page)).map((p) => `${name}: ${p}`));
      for (const [name, path, ready] of screens) {
        await page.goto(server.baseUrl + path);
        await ready(page).first().waitFor();
        await page.waitForTimeout(200);
        await check(name);
      }
      // The last screen is the credentials page: its dialog next.
      await page.getByLabel('Credential type').selectOption({ index: 1 });
      await page.getByRole('button', { name: '+ New credential' }).click();
      await page.getByRole('dialog').waitFor();
      await check('credential dialog');
      await page.keyboard.press('Escape');
      await page.goto(workflowUrl());
      await page.getByTestId('canvas').waitFor();
      await page.locator('.react-flow__node-workflowNode').first().waitFor();
      await check('canvas');
      await page.locator('.react-flow__node-workflowNode').nth(1).dblclick();
      await page.getByTestId('node-details').waitFor();
      await check('node details');
      await page.getByRole('button', { name: 'Back to canvas' }).click();
      const signedOut = await browser.newContext();
      const login = await signedOut.newPage();
      await login.goto(server.baseUrl + '/');
      await login.getByRole('button', { name: 'Log in' }).waitFor();
      found.push(...(await accessibilityProblems(login)).map((p) => `login: ${p}`));
      await signedOut.close();
      assert(found.length === 0, `accessibility problems:\n      ${found.join('\n      ')}`);
    },
  ];
}
