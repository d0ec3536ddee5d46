#!/usr/bin/env node
// End-to-end tests of the built editor, as a new user would use it. Run: `npm run test:e2e -w editor`
// (builds nothing: run `npm run build -w editor` first). Exit code 0 when every step passed.
// Screenshots go to artifacts/screenshots/ at the repository root.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { assert, createRunner, launch } from './harness.mjs';
import { accessibilityStep } from './accessibility.steps.mjs';
import { canvasSteps } from './canvas.steps.mjs';
import { pageSteps } from './pages.steps.mjs';
import { runSteps } from './runs.steps.mjs';
import { startServer } from './start-server.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const shots = process.env.AINOW_SCREENSHOTS ?? path.join(root, 'artifacts/screenshots');
const OWNER = { email: 'owner@example.com', password: 'correct-horse-1' };

const server = await startServer();
console.log(`e2e against ${server.kind} server at ${server.baseUrl}`);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
const page = await context.newPage();
page.setDefaultTimeout(15_000);
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
const t = createRunner({ screenshots: shots });
const shot = (name) => page.screenshot({ path: `${shots}/${name}.png` });
const nodeCount = () => page.locator('.react-flow__node-workflowNode').count();
const node = (name) => page.locator(`.react-flow__node-workflowNode:has([data-node-name="${name}"])`);
let workflowUrl = '';

async function dragFromPalette(type, x, y) {
  const canvas = await page.getByTestId('canvas').boundingBox();
  await page
    .getByTestId(`palette-${type}`)
    .dragTo(page.getByTestId('canvas'), { targetPosition: { x: x, y: y } });
  assert(canvas, 'canvas is visible');
}

async function connect(fromName, toName, fromPort) {
  const from = node(fromName)
    .locator(`.react-flow__handle.source${fromPort ? `[data-handleid="${fromPort}"]` : ''}`)
    .first();
  const to = node(toName).locator('.react-flow__handle.target').first();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

/**
 * Drags a field of the input panel onto a parameter and waits for `landed` (a locator). Under a
 * loaded machine the browser can miss a drop (the target re-renders during the drag); then the
 * field is still empty, so the drag is simply made again (at most three times).
 */
async function dropField(source, target, landed) {
  for (let attempt = 1; ; attempt++) {
    await source.dragTo(target);
    try {
      await landed.waitFor({ timeout: 5000 });
      return;
    } catch (error) {
      // The drop landed (the field holds an expression): give the preview more time instead.
      if ((await target.innerText().catch(() => '')).includes('$'))
        return landed.waitFor({ timeout: 15_000 });
      if (attempt >= 3) throw error;
    }
  }
}

async function openNode(name) {
  await node(name).dblclick();
  await page.getByTestId('node-details').waitFor();
}
const closeNode = () => page.getByRole('button', { name: 'Back to canvas' }).click();
const runs = runSteps({ page, server, shot, node, openNode, closeNode, dragFromPalette, dropField });
const canvas = canvasSteps({ page, server, shot, node, openNode, closeNode, dragFromPalette });
const pages = pageSteps({ page, server, shot, workflowUrl: () => workflowUrl });

t.step('first start: create the owner account', async () => {
  await page.goto(server.baseUrl + '/');
  await page.getByRole('heading', { name: 'Set up the owner account' }).waitFor();
  await shot('01-setup');
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel(/^Password/).fill(OWNER.password);
  await page.getByRole('button', { name: 'Create owner account' }).click();
  await page.getByRole('heading', { name: 'Workflows' }).waitFor();
});

t.step('log out and log in again', async () => {
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('alert').waitFor();
  await shot('02-login-error');
  await page.getByLabel('Password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Workflows' }).waitFor();
  await shot('03-workflow-list-empty');
});

t.step('build Manual trigger → Set → IF by dragging from the palette', async () => {
  await page.getByTestId('create-workflow').click();
  await page.getByTestId('canvas').waitFor();
  workflowUrl = page.url();
  await dragFromPalette('core.manualTrigger', 200, 300);
  await dragFromPalette('core.set', 560, 300);
  await dragFromPalette('core.if', 920, 300);
  assert((await nodeCount()) === 3, `3 nodes on the canvas, found ${await nodeCount()}`);
  await connect('Manual trigger', 'Edit fields (Set)');
  await connect('Edit fields (Set)', 'IF');
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 2);
  await shot('04-canvas-built');
});

t.step('pin test data on the trigger', async () => {
  await openNode('Manual trigger');
  await page.getByRole('button', { name: 'Set test data' }).click();
  await page.getByLabel('Pinned data JSON').fill(
    JSON.stringify([
      { email: 'ada@example.com', name: 'Ada' },
      { email: 'bob-at-example', name: 'Bob' },
    ]),
  );
  await page.getByRole('button', { name: 'Save pinned data' }).click();
  await page.getByTestId('output-panel-count').filter({ hasText: '2 items' }).waitFor();
  await closeNode();
});

t.step('fill Set fields, one by dragging a field from the input panel', async () => {
  await openNode('Edit fields (Set)');
  await page.getByTestId('input-panel').getByTestId('schema-field').first().waitFor();
  await page.getByRole('button', { name: '+ Add field' }).click();
  const row0 = page.getByTestId('list-row-0');
  await row0.getByRole('textbox', { name: /^Name/ }).fill('greeting');
  await row0.getByRole('textbox', { name: /^Value/ }).fill('Hello');
  await page.getByRole('button', { name: '+ Add field' }).click();
  const row1 = page.getByTestId('list-row-1');
  await row1.getByRole('textbox', { name: /^Name/ }).fill('contact');
  await dropField(
    page.getByTestId('input-panel').locator('[data-field="email"]'),
    row1.getByTestId('param-fields.1.value'),
    row1.getByTestId('expression-preview').filter({ hasText: 'ada@example.com' }),
  );
  await shot('05-node-details-set-mapping');
  await closeNode();
});

t.step('fill IF conditions with an expression', async () => {
  await openNode('IF');
  await page.getByRole('button', { name: '+ Add condition' }).click();
  const cond = page.getByTestId('condition-0');
  await cond.getByRole('button', { name: 'Expression' }).first().click();
  await cond.locator('.cm-content').first().click();
  // Autocomplete offers the fields of the input (here Set's declared output sample).
  await page.keyboard.type('{{ $json.');
  await page.locator('.cm-tooltip-autocomplete').getByText('email').first().waitFor();
  await page.keyboard.press('Escape');
  await page.getByTestId('node-details').waitFor();
  await page.keyboard.type('contact }}');
  await cond.getByLabel('Condition 1 operator').selectOption('contains');
  await cond.getByRole('textbox', { name: /^Value 2/ }).fill('@');
  await page.waitForTimeout(500);
  await shot('06-node-details-if');
  await closeNode();
});

t.step('run the workflow and read the output panel', async () => {
  await page.getByTestId('run').click();
  await page.getByTestId('run-status').filter({ hasText: 'Last run succeeded' }).waitFor();
  const status = await node('IF')
    .getAttribute('data-status')
    .catch(() => null);
  assert(
    (await node('IF').locator('[data-status]').getAttribute('data-status')) === 'success' || status === null,
    'IF succeeded',
  );
  await shot('07-run-succeeded');
  await openNode('IF');
  const out = page.getByTestId('output-panel');
  await out.getByTestId('output-panel-count').filter({ hasText: '1 item' }).waitFor();
  await out.getByRole('button', { name: 'table' }).click();
  await out.getByTestId('data-row').filter({ hasText: 'ada@example.com' }).waitFor();
  await out.getByLabel('Output port').selectOption('false');
  await out.getByTestId('data-row').filter({ hasText: 'bob-at-example' }).waitFor();
  await shot('08-output-panel');
  await closeNode();
});

t.step(...runs.upstreamField);

t.step('undo and redo', async () => {
  await node('IF').click();
  await page.keyboard.press('Delete');
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-workflowNode').length === 2);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-workflowNode').length === 3);
  // The connections come back with the node (edges render once the nodes are measured).
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 2);
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-workflowNode').length === 2);
  await page.getByTestId('undo').click();
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-workflowNode').length === 3);
});

t.step('save and reload', async () => {
  await page.getByTestId('save').click();
  await page.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
  await page.reload();
  await page.getByTestId('canvas').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-workflowNode').length === 3);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 2);
  await openNode('Edit fields (Set)');
  await page.getByTestId('list-row-1').getByTestId('expression-preview').waitFor();
  await closeNode();
});

t.step('keyboard shortcut sheet', async () => {
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await shot('09-shortcuts');
  await page.keyboard.press('Escape');
});

let exported = '';
t.step('export and re-import', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
  exported = await readFile(await download.path(), 'utf8');
  const doc = JSON.parse(exported);
  assert(doc.nodes.length === 3 && doc.connections.length === 2, 'exported document has the graph');
  await page.goto(server.baseUrl + '/#/workflows');
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'w.workflow.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await page.getByTestId('canvas').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-workflowNode').length === 3);
  assert(page.url() !== workflowUrl, 'import created a new workflow');
});

t.step(runs.workflowSettings[0], () => runs.workflowSettings[1](workflowUrl));
t.step(...runs.workflowTags);

t.step('import a template', async () => {
  await page.goto(server.baseUrl + '/#/templates');
  await page.getByTestId('template-card').first().waitFor();
  await shot('10-templates');
  await page.getByTestId('use-template').first().click();
  await page.getByTestId('setup-checklist').waitFor();
  await shot('11-template-checklist');
  await page.getByTestId('open-imported').click();
  await page.getByTestId('canvas').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-workflowNode').length > 1);
  await shot('12-template-canvas');
});

t.step('choose a credential on a node, creating it on the spot', async () => {
  const apollo = node('Find sales leaders');
  // The node warns: its credential id is a template placeholder that does not exist here.
  await apollo.getByTestId('node-warning').waitFor();
  await openNode('Find sales leaders');
  await page
    .getByText(/does not exist on this server/)
    .first()
    .waitFor();
  await page.getByLabel(/^Credential/).selectOption('__new');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/API key/).fill('e2e-apollo-key');
  await shot('12b-credential-from-node');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => !document.body.innerText.includes('does not exist on this server'));
  await shot('12c-node-details-vendor');
  await closeNode();
  await page.waitForFunction(
    () =>
      !document.querySelector(
        '.react-flow__node:has([data-node-name="Find sales leaders"]) [data-testid="node-warning"]',
      ),
  );
});

t.step('webhook trigger: copy URLs and listen for a test event', async () => {
  await page.goto(server.baseUrl + '/#/workflows');
  await page.getByTestId('create-workflow').click();
  await page.getByTestId('canvas').waitFor();
  await dragFromPalette('core.webhook', 300, 300);
  await openNode('Webhook');
  await page.getByTestId('webhook-urls').waitFor();
  const pathField = page.getByTestId('param-path').getByRole('textbox').first();
  await pathField.fill('e2e-lead');
  await pathField.press('Enter');
  await page.getByTestId('webhook-urls').getByText('/webhook-test/e2e-lead').waitFor();
  await shot('12d-webhook-urls');
  await page.getByTestId('listen-test-event').click();
  await page.getByTestId('toast').filter({ hasText: 'Listening' }).waitFor();
  const answer = await page.request.post(`${server.baseUrl}/webhook-test/e2e-lead`, {
    data: { email: 'lead@example.com' },
  });
  assert(answer.status() < 300, `test webhook answered ${answer.status()}: ${await answer.text()}`);
  await page
    .getByTestId('output-panel')
    .getByTestId('output-panel-count')
    .filter({ hasText: '1 item' })
    .waitFor({ timeout: 20_000 });
  await page.getByTestId('output-panel').getByRole('button', { name: 'JSON' }).click();
  await page.getByTestId('output-panel').getByText('lead@example.com').first().waitFor();
  await closeNode();
});

t.step('open a past execution read-only', async () => {
  await page.goto(workflowUrl);
  await page.getByTestId('canvas').waitFor();
  await page.getByTestId('executions-toggle').click();
  await page.getByTestId('open-execution').first().click();
  await page.getByTestId('run-status').filter({ hasText: 'Past run' }).waitFor();
  assert(
    (await page.locator('[data-testid="canvas-node"][data-status="success"]').count()) === 3,
    'every node shows its past status',
  );
  assert((await page.getByTestId('run').count()) === 0, 'read-only: no run button');
  await shot('13-past-execution');
});

t.step('output panel pages in every item of a large run', async () => {
  await page.goto(server.baseUrl + '/#/workflows');
  await page.getByTestId('create-workflow').click();
  await page.getByTestId('canvas').waitFor();
  await dragFromPalette('core.manualTrigger', 300, 300);
  await openNode('Manual trigger');
  await page.getByRole('button', { name: 'Set test data' }).click();
  const many = Array.from({ length: 250 }, (_, i) => ({ id: i + 1, email: `lead${i + 1}@example.com` }));
  await page.getByLabel('Pinned data JSON').fill(JSON.stringify(many));
  await page.getByRole('button', { name: 'Save pinned data' }).click();
  await page.getByTestId('run-step').click();
  await page.getByTestId('load-all-items').waitFor();
  await page.getByTestId('load-all-items').click();
  await page.getByTestId('output-panel-count').filter({ hasText: '250 items' }).waitFor();
  await page
    .getByTestId('output-panel')
    .getByTestId('virtual-rows')
    .evaluate((el) => (el.scrollTop = el.scrollHeight));
  await page
    .getByTestId('output-panel')
    .getByTestId('data-row')
    .filter({ hasText: 'lead250@example.com' })
    .waitFor();
  await closeNode();
});

t.step(...canvas.versionHistory);
t.step(...canvas.keyboardEditing);
t.step(...canvas.switchPorts);

t.step(...runs.dryRun);
t.step(...runs.sandbox);
t.step(...runs.cancelFromCanvas);
t.step(...runs.cancelFromList);
t.step(...runs.filtersAndPaging);

t.step('vendor choices: Load answers with the choices, or says why not', async () => {
  await page.goto(server.baseUrl + '/#/workflows');
  await page.getByTestId('create-workflow').click();
  await page.getByTestId('canvas').waitFor();
  await dragFromPalette('hubspot.searchContacts', 300, 300);
  await page.locator('.react-flow__node-workflowNode').first().dblclick();
  await page.getByTestId('node-details').waitFor();
  await page.getByTestId('load-options').first().click();
  // The first "Load" is that of "Properties to return" (several choices: checkboxes).
  const choices = page
    .getByTestId('node-details')
    .getByRole('checkbox', { name: /contactProperties option/ });
  const reason = page.getByRole('alert').filter({ hasText: 'Could not load the choices' });
  await Promise.race([choices.first().waitFor(), reason.first().waitFor()]);
  if (server.kind === 'mock') assert((await choices.count()) === 3, 'the mock answers three choices');
  else assert((await reason.count()) > 0, 'without a credential the server says why');
  await shot('24-load-options');
  await closeNode();
});

t.step(...pages.settingsPages);

t.step(...accessibilityStep({ page, server, browser, workflowUrl: () => workflowUrl }));

t.step(...pages.viewer);

t.step('no uncaught errors in the page', async () => {
  assert(errors.length === 0, `page errors: ${errors.join(' | ')}`);
});

let ok = false;
try {
  ok = await t.run(page);
} finally {
  await browser.close();
  await server.stop();
}
process.exit(ok ? 0 : 1);
