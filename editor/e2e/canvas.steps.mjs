// End-to-end steps for editing on the canvas beyond the first build: version history, keyboard
// editing (duplicate, copy and paste as JSON, sticky note, tidy up) and Switch ports with "+" on a
// port. Registered by run-e2e.mjs at their place in the user session (they build on it).
import { assert } from './harness.mjs';

/** Helpers the steps share with run-e2e.mjs: `{ page, server, shot, node, openNode, closeNode, dragFromPalette }`. */
export function canvasSteps(h) {
  const { page, server, shot, node, openNode, closeNode, dragFromPalette } = h;
  return {
    versionHistory: [
      'version history: restore an earlier version',
      async () => {
        await page.getByRole('button', { name: 'History', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Version history' });
        await dialog.getByRole('button', { name: 'Restore' }).last().click();
        await page.waitForFunction(
          () => document.querySelectorAll('.react-flow__node-workflowNode').length === 0,
        );
        await page.getByTestId('save-state').filter({ hasText: 'Unsaved' }).waitFor();
        await page.getByTestId('save').click();
        await page.getByTestId('save-state').filter({ hasText: 'Saved' }).waitFor();
      },
    ],
    keyboardEditing: [
      'keyboard: duplicate, copy and paste as JSON, sticky note, tidy up',
      async () => {
        await page.goto(server.baseUrl + '/#/workflows');
        await page.getByTestId('create-workflow').click();
        await page.getByTestId('canvas').waitFor();
        await dragFromPalette('core.manualTrigger', 250, 250);
        await page.keyboard.press('Tab');
        await page.getByLabel('Search nodes').fill('edit fields');
        await page.getByLabel('Search nodes').press('Enter');
        await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 1);
        await node('Edit fields (Set)').click();
        await page.keyboard.press('Control+d');
        await page.waitForFunction(
          () => document.querySelectorAll('.react-flow__node-workflowNode').length === 3,
        );
        await page.keyboard.press('Control+a');
        await page.waitForFunction(
          () => document.querySelectorAll('.react-flow__node-workflowNode.selected').length === 3,
        );
        // Copy and paste through the clipboard events the browser fires for Ctrl+C / Ctrl+V.
        const copied = await page.evaluate(() => {
          const data = new DataTransfer();
          document.dispatchEvent(
            new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }),
          );
          return data.getData('text/plain');
        });
        const piece = JSON.parse(copied);
        assert(
          piece.schemaVersion === 1 && piece.nodes.length === 3 && piece.connections.length === 1,
          'copied workflow JSON',
        );
        await page.evaluate((text) => {
          const data = new DataTransfer();
          data.setData('text/plain', text);
          document.dispatchEvent(
            new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
          );
        }, copied);
        await page.waitForFunction(
          () => document.querySelectorAll('.react-flow__node-workflowNode').length === 6,
        );
        await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge').length === 2);
        await page.mouse.click(5 + (await page.getByTestId('canvas').boundingBox()).x, 400);
        await page.keyboard.press('Shift+S');
        await page.getByTestId('sticky-note').waitFor();
        const before = await node('Manual trigger 2').boundingBox();
        await page.getByRole('button', { name: 'Tidy up' }).click();
        await page.waitForFunction((y) => {
          const el = [...document.querySelectorAll('[data-node-name="Manual trigger 2"]')][0];
          return el && Math.abs(el.getBoundingClientRect().y - y) > 2;
        }, before.y);
        await shot('17-keyboard-tidy');
        await page.getByTestId('undo').click();
        await page.keyboard.press('Control+z');
        await page.waitForFunction(
          () => document.querySelectorAll('[data-testid="sticky-note"]').length === 0,
        );
      },
    ],
    switchPorts: [
      'Switch rules become output ports; "+" on a port adds a connected node',
      async () => {
        const box = await page.getByTestId('canvas').boundingBox();
        await page.mouse.click(box.x + box.width - 300, box.y + 60);
        await page.getByLabel('Search nodes').fill('switch');
        await page.getByLabel('Search nodes').press('Enter');
        await openNode('Switch');
        await page.getByRole('button', { name: '+ Add rule' }).click();
        await page
          .getByTestId('list-row-0')
          .getByRole('textbox', { name: /^Output name/ })
          .fill('hot');
        await page.waitForTimeout(500);
        await closeNode();
        await node('Switch').locator('.react-flow__handle.source[data-handleid="hot"]').waitFor();
        await node('Switch').getByText('fallback').waitFor();
        await node('Switch').hover();
        await page.getByRole('button', { name: 'Add a node after Switch (hot)' }).click();
        await page.getByLabel('Search nodes').fill('no operation');
        await page.getByLabel('Search nodes').press('Enter');
        await page.waitForFunction(() =>
          [...document.querySelectorAll('.react-flow__edge')].some((e) =>
            (e.getAttribute('data-id') ?? e.id ?? '').includes(':hot->'),
          ),
        );
        await shot('18-switch-ports');
      },
    ],
  };
}
