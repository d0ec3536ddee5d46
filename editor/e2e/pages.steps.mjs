// End-to-end steps for the pages around the canvas: executions, credentials and settings (users,
// API keys), and what a viewer sees. Registered by run-e2e.mjs at their place in the user session.
import { assert } from './harness.mjs';

/** Helpers the steps share with run-e2e.mjs: `{ page, server, shot, workflowUrl() }`. */
export function pageSteps(h) {
  const { page, server, shot, workflowUrl } = h;
  return {
    settingsPages: [
      'executions, credentials and settings pages',
      async () => {
        await page.goto(server.baseUrl + '/#/executions');
        await page.getByRole('heading', { name: 'Executions' }).waitFor();
        await shot('14-executions');
        await page.goto(server.baseUrl + '/#/credentials');
        await page.getByLabel('Credential type').selectOption({ index: 1 });
        await page.getByRole('button', { name: '+ New credential' }).click();
        await page.getByRole('dialog').waitFor();
        await shot('15-credential-dialog');
        await page.keyboard.press('Escape');
        await page.goto(server.baseUrl + '/#/settings');
        await page.getByRole('heading', { name: 'API keys' }).waitFor();
        await page.getByLabel("New user's email").fill('viewer@example.com');
        await page.getByLabel(/^First password/).fill('viewer-password-1');
        await page.getByLabel('Role', { exact: true }).selectOption('viewer');
        await page.getByRole('button', { name: 'Add user' }).click();
        await page.getByTestId('users').getByText('viewer@example.com').waitFor();
        await page.getByLabel("New user's email").fill('leaver@example.com');
        await page.getByLabel(/^First password/).fill('leaver-password-1');
        await page.getByRole('button', { name: 'Add user' }).click();
        await page.getByTestId('users').getByText('leaver@example.com').waitFor();
        page.once('dialog', (d) => d.accept());
        await page.getByRole('button', { name: 'Delete user leaver@example.com' }).click();
        await page.getByTestId('users').getByText('leaver@example.com').waitFor({ state: 'detached' });
        assert(
          (await page.getByRole('button', { name: /^Delete user / }).count()) === 1,
          'only the viewer can be deleted: not the owner, not yourself',
        );
        await page.getByLabel('Key label').fill('CRM sync');
        await page.getByRole('button', { name: 'Create key' }).click();
        await page.getByText(/New key \(copy it now\)/).waitFor();
        await shot('16-settings');
      },
    ],
    viewer: [
      'a viewer sees workflows read-only',
      async () => {
        await page.goto(server.baseUrl + '/#/workflows');
        await page.getByRole('button', { name: 'Log out' }).click();
        await page.getByLabel('Email').fill('viewer@example.com');
        await page.getByLabel('Password').fill('viewer-password-1');
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.getByTestId('workflow-row').first().waitFor();
        await page.goto(workflowUrl());
        await page.getByTestId('canvas').waitFor();
        await page.waitForFunction(
          () => document.querySelectorAll('.react-flow__node-workflowNode').length === 3,
        );
        assert((await page.getByTestId('run').count()) === 0, 'no run button for a viewer');
        assert(
          (await page.getByRole('complementary', { name: 'Node palette' }).count()) === 0,
          'no palette for a viewer',
        );
      },
    ],
  };
}
