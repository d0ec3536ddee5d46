// End-to-end steps for running and watching runs: dry runs, sandbox runs, stopping a run (canvas and list), the
// executions list's filters and paging, workflow settings, and mapping a field from a node further
// upstream. Registered by run-e2e.mjs at their place in the user session (they build on it).
import { assert } from './harness.mjs';

/** `YYYY-MM-DDTHH:mm` in local time, as `<input type="datetime-local">` takes it. */
function localInput(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Helpers the steps share with run-e2e.mjs: `{ page, server, shot, node, openNode, closeNode, dragFromPalette, dropField }`. */
export function runSteps(h) {
  const { page, server, shot, node, openNode, closeNode, dragFromPalette, dropField } = h;
  const api = (path) => `${server.baseUrl}/api/v1${path}`;
  const workflowIdOf = () => /#\/workflows\/([^/?]+)/.exec(page.url())?.[1];
  const runStatus = () => page.getByTestId('run-status');

  /** Clicks Run and waits for a run other than the one shown to reach `text`. */
  async function runAndWait(text, button = page.getByTestId('run')) {
    const before = (await runStatus().count()) ? await runStatus().getAttribute('data-run-id') : null;
    await button.click();
    await page.waitForFunction(
      ([old, wanted]) => {
        const el = document.querySelector('[data-testid="run-status"]');
        return (
          el &&
          el.getAttribute('data-run-id') &&
          el.getAttribute('data-run-id') !== old &&
          el.textContent.includes(wanted)
        );
      },
      [before, text],
      { timeout: 20_000 },
    );
  }

  async function newWorkflowWith(nextSearch) {
    await page.goto(server.baseUrl + '/#/workflows');
    await page.getByTestId('create-workflow').click();
    await page.getByTestId('canvas').waitFor();
    await dragFromPalette('core.manualTrigger', 250, 300);
    await page.keyboard.press('Tab');
    await page.getByLabel('Search nodes').fill(nextSearch);
    await page.getByLabel('Search nodes').press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 1);
  }

  async function setWait(amount, unit) {
    await openNode('Wait');
    await page.getByRole('combobox', { name: /^Unit/ }).selectOption(unit);
    const field = page.getByRole('spinbutton', { name: /^Amount/ });
    await field.fill(String(amount));
    await field.press('Enter');
    await page.waitForTimeout(400);
    await closeNode();
  }

  return {
    upstreamField: [
      "map a field from a node further upstream as $('Node').item",
      async () => {
        await openNode('IF');
        const input = page.getByTestId('input-panel');
        await input.getByTestId('input-node-select').selectOption({ label: 'Manual trigger (2 back)' });
        await input.locator('[data-field="name"]').waitFor();
        await page.getByRole('button', { name: '+ Add condition' }).click();
        const cond = page.getByTestId('condition-1');
        await dropField(
          input.locator('[data-field="name"]'),
          cond.getByTestId('param-conditions.1.left'),
          cond.getByTestId('expression-preview').filter({ hasText: 'Ada' }),
        );
        const text = await cond.locator('.cm-content').first().innerText();
        assert(text.includes("$('Manual trigger').item.json.name"), `mapped expression, got: ${text}`);
        await cond.getByLabel('Condition 2 operator').selectOption('isNotEmpty');
        await page.waitForTimeout(500);
        await shot('07b-upstream-field');
        await closeNode();
        // The engine resolves $('Manual trigger').item for each IF item: the routing is unchanged.
        await runAndWait('Last run succeeded');
        await openNode('IF');
        const out = page.getByTestId('output-panel');
        await out.getByTestId('output-panel-count').filter({ hasText: '1 item' }).waitFor();
        await out.getByLabel('Output port').selectOption('false');
        await out.getByRole('button', { name: 'table' }).click();
        await out.getByTestId('data-row').filter({ hasText: 'bob-at-example' }).waitFor();
        await closeNode();
      },
    ],

    workflowSettings: [
      'workflow settings: time zone, timeout, error workflow, loop cap (undoable, saved)',
      async (workflowUrl) => {
        await page.goto(workflowUrl);
        await page.getByTestId('canvas').waitFor();
        const id = workflowIdOf();
        const open = async () => {
          await page.getByTestId('workflow-settings').click();
          return page.getByRole('dialog', { name: 'Workflow settings' });
        };
        let dialog = await open();
        await dialog.getByLabel('Time zone').fill('Mars/Olympus');
        await dialog.getByLabel('Timeout (seconds)').fill('90');
        await dialog.getByLabel('Max loop iterations').fill('50');
        const errorSelect = dialog.getByLabel('Error workflow');
        await errorSelect.locator('option').nth(1).waitFor({ state: 'attached' });
        const errorId = await errorSelect.locator('option').nth(1).getAttribute('value');
        assert(errorId && errorId !== id, 'another workflow is offered as error workflow');
        await errorSelect.selectOption(errorId);
        await dialog.getByRole('button', { name: 'Apply' }).click();
        await dialog.getByRole('alert').filter({ hasText: 'not a time zone' }).waitFor();
        await dialog.getByLabel('Time zone').fill('Europe/Paris');
        await shot('19-workflow-settings');
        await dialog.getByRole('button', { name: 'Apply' }).click();
        await dialog.waitFor({ state: 'detached' });
        await page.getByTestId('save-state').filter({ hasText: 'Unsaved' }).waitFor();
        await page.getByTestId('undo').click();
        dialog = await open();
        assert((await dialog.getByLabel('Time zone').inputValue()) === 'UTC', 'undo restores the time zone');
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await page.getByTestId('redo').click();
        await page.getByTestId('save').click();
        await page.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
        await page.reload();
        await page.getByTestId('canvas').waitFor();
        dialog = await open();
        assert((await dialog.getByLabel('Time zone').inputValue()) === 'Europe/Paris', 'time zone kept');
        assert((await dialog.getByLabel('Timeout (seconds)').inputValue()) === '90', 'timeout kept');
        assert((await dialog.getByLabel('Max loop iterations').inputValue()) === '50', 'loop cap kept');
        await errorSelect.locator(`option[value="${errorId}"]`).waitFor({ state: 'attached' });
        assert((await dialog.getByLabel('Error workflow').inputValue()) === errorId, 'error workflow kept');
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        const saved = await (await page.request.get(api(`/workflows/${id}`))).json();
        const s = saved.document.settings;
        assert(
          s.timezone === 'Europe/Paris' &&
            s.timeoutMs === 90_000 &&
            s.errorWorkflowId === errorId &&
            s.maxLoopIterations === 50,
          `the server has the settings: ${JSON.stringify(s)}`,
        );
      },
    ],

    workflowTags: [
      'workflow list: tags shown, and filtered by the server',
      async () => {
        await page.goto(server.baseUrl + '/#/workflows');
        const rows = page.getByTestId('workflow-row');
        await rows.first().waitFor();
        const count = await rows.count();
        assert(count >= 2, `several workflows listed (${count})`);
        await rows.first().getByRole('button', { name: /tags/i }).click();
        await page.getByLabel('Tags, separated by commas').fill('leads, EU');
        await page.getByLabel('Tags, separated by commas').press('Enter');
        await rows.first().getByTestId('workflow-tag').filter({ hasText: 'leads' }).waitFor();
        await page.getByTestId('tag-filter').filter({ hasText: 'EU' }).click();
        await page.waitForFunction(
          () => document.querySelectorAll('[data-testid="workflow-row"]').length === 1,
        );
        await shot('19b-workflow-tags');
        await page.getByRole('button', { name: 'Show all' }).click();
        await page.waitForFunction(
          (n) => document.querySelectorAll('[data-testid="workflow-row"]').length === n,
          count,
        );
      },
    ],

    dryRun: [
      'dry run: write and send nodes call nobody, and the results say so',
      async () => {
        await newWorkflowWith('http request');
        await openNode('HTTP request');
        await page.getByRole('combobox', { name: /^Method/ }).selectOption('POST');
        const url = page.getByRole('textbox', { name: /^URL/ });
        await url.fill('http://127.0.0.1:9/nobody-listens');
        await url.press('Enter');
        await page.waitForTimeout(400);
        await closeNode();
        await page.getByTestId('dry-run-toggle').check();
        await page.getByTestId('dry-run-notice').filter({ hasText: 'HTTP request' }).waitFor();
        await node('HTTP request').getByTestId('dry-run-badge').waitFor();
        assert(
          (await page.getByTestId('run').innerText()).includes('Dry run'),
          'the Run button says Dry run',
        );
        await shot('20-dry-run-on');
        await runAndWait('Dry run finished');
        await page
          .locator('[data-testid="canvas-node"][data-node-name="HTTP request"][data-dry-run="true"]')
          .waitFor();
        await openNode('HTTP request');
        await page.getByTestId('dry-run-output-note').waitFor();
        const out = page.getByTestId('output-panel');
        await out.getByRole('button', { name: 'JSON' }).click();
        await out.getByText('wouldSend').first().waitFor();
        await out.getByText('nobody-listens').first().waitFor();
        await shot('21-dry-run-result');
        await closeNode();
        // The past run opens marked as a dry run too.
        await page.getByTestId('executions-toggle').click();
        const newest = page.getByTestId('executions-drawer').getByTestId('execution-row').first();
        await newest.getByTestId('dry-run-pill').waitFor();
        await newest.getByTestId('open-execution').click();
        await runStatus().filter({ hasText: 'Past dry run' }).waitFor();
        await page.goBack();
        await page.getByTestId('canvas').waitFor();
      },
    ],

    sandbox: [
      'sandbox: the switch runs against simulators, and the list follows the run until it ends',
      async () => {
        await newWorkflowWith('wait');
        await setWait(3, 'seconds');
        await page.getByTestId('sandbox-toggle').check();
        await page.getByTestId('sandbox-notice').filter({ hasText: 'credentials not needed' }).waitFor();
        await page.getByTestId('run').filter({ hasText: 'Run in sandbox' }).waitFor();
        await shot('25-sandbox-on');
        await page.getByTestId('run').click();
        await runStatus().filter({ hasText: 'Running…' }).waitFor();
        const runId = await runStatus().getAttribute('data-run-id');
        // The list shows the run while it runs and, without a reload, once it has ended.
        await page.goto(server.baseUrl + '/#/executions');
        const row = page.locator(`[data-testid="execution-row"][data-id="${runId}"]`);
        await row.getByTestId('sandbox-pill').waitFor();
        await row.filter({ hasText: 'Running' }).waitFor();
        await row.filter({ hasText: 'Succeeded' }).waitFor({ timeout: 15_000 });
      },
    ],

    cancelFromCanvas: [
      'stop a running run and a waiting run from the canvas',
      async () => {
        await newWorkflowWith('wait');
        await setWait(5, 'seconds');
        // Running: the Wait node sleeps inside the run.
        await page.getByTestId('run').click();
        await runStatus().filter({ hasText: 'Running…' }).waitFor();
        const started = Date.now();
        await page.getByTestId('cancel-run').click();
        await runStatus().filter({ hasText: 'Run stopped' }).waitFor();
        assert(Date.now() - started < 4500, 'stopped before the wait was over');
        await page.getByTestId('run').filter({ hasText: 'Run workflow' }).waitFor();
        assert((await page.getByTestId('cancel-run').count()) === 0, 'no Stop button once stopped');
        // Waiting: a long Wait parks the run; it can still be stopped.
        await setWait(1, 'hours');
        await runAndWait('waiting in a Wait node');
        await shot('22-run-waiting');
        await page.getByTestId('cancel-run').click();
        await runStatus().filter({ hasText: 'Run stopped' }).waitFor();
      },
    ],

    cancelFromList: [
      'stop a waiting run from the executions list',
      async () => {
        await runAndWait('waiting in a Wait node');
        const runId = await runStatus().getAttribute('data-run-id');
        await page.goto(server.baseUrl + '/#/executions');
        await page.getByLabel('Filter by status').selectOption('waiting');
        const row = page.locator(`[data-testid="execution-row"][data-id="${runId}"]`);
        await row.getByTestId('stop-execution').click();
        await row.waitFor({ state: 'detached' });
        await page.getByLabel('Filter by status').selectOption('canceled');
        await row.waitFor();
        await row.getByText('Canceled').waitFor();
        assert((await page.getByTestId('execution-row').count()) >= 3, 'three stopped runs');
        await row.getByTestId('retry-execution').waitFor();
      },
    ],

    filtersAndPaging: [
      'executions list: filter by workflow, status, time range and trigger; page through',
      async () => {
        // 30 quick runs of a one-node workflow, started through the API.
        const created = await page.request.post(api('/workflows'), {
          data: {
            schemaVersion: 1,
            name: 'Many runs',
            nodes: [
              {
                id: 'go',
                name: 'Go',
                type: 'core.manualTrigger',
                version: 1,
                position: { x: 0, y: 0 },
                parameters: {},
              },
            ],
            connections: [],
          },
        });
        assert(created.ok(), `created a workflow: ${created.status()}`);
        const { id } = await created.json();
        for (let i = 0; i < 30; i++) {
          const r = await page.request.post(api(`/workflows/${id}/run`), { data: {} });
          assert(r.status() === 202, `run ${i} started: ${r.status()}`);
        }
        for (let i = 0; i < 80; i++) {
          const done = await (
            await page.request.get(api(`/executions?workflowId=${id}&status=success&limit=50`))
          ).json();
          if (done.data.length === 30) break;
          await page.waitForTimeout(250);
        }
        await page.goto(server.baseUrl + '/#/workflows');
        await page.goto(server.baseUrl + '/#/executions');
        const rows = page.getByTestId('execution-row');
        const firstId = () => rows.first().getAttribute('data-id');
        await page.getByTestId('page-number').filter({ hasText: 'Page 1' }).waitFor();
        await page.waitForFunction(
          () => document.querySelectorAll('[data-testid="execution-row"]').length === 25,
        );
        const newest = await firstId();
        await page.getByRole('button', { name: 'Older →' }).click();
        await page.getByTestId('page-number').filter({ hasText: 'Page 2' }).waitFor();
        await page.waitForFunction((old) => {
          const el = document.querySelector('[data-testid="execution-row"]');
          return el && el.getAttribute('data-id') !== old;
        }, newest);
        await page.getByRole('button', { name: '← Newer' }).click();
        await page.getByTestId('page-number').filter({ hasText: 'Page 1' }).waitFor();
        await page.waitForFunction(
          (old) => document.querySelector('[data-testid="execution-row"]')?.getAttribute('data-id') === old,
          newest,
        );
        // One workflow: 25 on the first page, the other 5 on the second.
        await page.getByLabel('Filter by workflow').selectOption(id);
        await page.waitForFunction(() =>
          [...document.querySelectorAll('[data-testid="execution-row"]')].every((r) =>
            r.textContent.includes('Many runs'),
          ),
        );
        await page.getByRole('button', { name: 'Older →' }).click();
        await page.waitForFunction(
          () => document.querySelectorAll('[data-testid="execution-row"]').length === 5,
        );
        assert(
          (await page.getByRole('button', { name: 'Older →' }).isDisabled()) === true,
          'no page after the last',
        );
        await page.getByLabel('Filter by workflow').selectOption('');
        // Time range.
        const day = 86_400_000;
        await page.getByLabel('Started from').fill(localInput(new Date(Date.now() + day)));
        await page.getByText('No run matches these filters.').waitFor();
        await page.getByLabel('Started before').fill(localInput(new Date(Date.now() - day)));
        await page.getByRole('alert').filter({ hasText: '"From" must be before "To"' }).waitFor();
        await page.getByLabel('Started from').fill(localInput(new Date(Date.now() - day)));
        await page.getByLabel('Started before').fill(localInput(new Date(Date.now() + day)));
        await page.getByTestId('page-number').filter({ hasText: 'Page 1' }).waitFor();
        await page.waitForFunction(
          () => document.querySelectorAll('[data-testid="execution-row"]').length === 25,
        );
        // Status.
        await page.getByLabel('Filter by status').selectOption('success');
        await page.waitForFunction(() => {
          const rows = [...document.querySelectorAll('[data-testid="execution-row"]')];
          return rows.length > 0 && rows.every((r) => r.textContent.includes('Succeeded'));
        });
        // Trigger (filters the page the server sent).
        await page.getByLabel('Filter by trigger').selectOption('schedule');
        await page.getByText(/None of the \d+ runs on this page was started by "schedule"/).waitFor();
        await page.getByLabel('Filter by trigger').selectOption('manual');
        await page.waitForFunction(() => {
          const rows = [...document.querySelectorAll('[data-testid="execution-row"]')];
          return rows.length > 0 && rows.every((r) => r.children[4]?.textContent === 'manual');
        });
        await shot('23-executions-filters');
        await page.getByRole('button', { name: 'Clear filters' }).click();
      },
    ],
  };
}
