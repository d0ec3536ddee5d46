import { runNode } from '@ainow/engine/testing';
import { buildWebhookResponse, respondToWebhook } from '@ainow/nodes/core';

const items = [{ json: { id: 1 } }, { json: { id: 2 } }];
const JSON_TYPE = 'application/json; charset=utf-8';

describe('buildWebhookResponse', () => {
  it.each([
    [{ body: { ok: true } }, 200, { 'content-type': JSON_TYPE }, '{"ok":true}'],
    [{ status: 201, body: '{"id": 7}' }, 201, { 'content-type': JSON_TYPE }, '{"id":7}'],
    [{ respondWith: 'text', body: 'thanks' }, 200, { 'content-type': 'text/plain; charset=utf-8' }, 'thanks'],
    [{ respondWith: 'firstItem' }, 200, { 'content-type': JSON_TYPE }, '{"id":1}'],
    [{ respondWith: 'allItems' }, 200, { 'content-type': JSON_TYPE }, '[{"id":1},{"id":2}]'],
    [{ respondWith: 'noData', status: 204 }, 204, {}, ''],
    [
      { respondWith: 'text', body: '<b>hi</b>', headers: { 'Content-Type': 'text/html', 'X-Run': 'r1' } },
      200,
      { 'content-type': 'text/html', 'x-run': 'r1' },
      '<b>hi</b>',
    ],
  ] as const)('%j answers %i', (props, status, headers, body) => {
    expect(buildWebhookResponse(props, items)).toEqual({ status, headers, body });
  });

  it.each([
    [{ status: 99 }, /between 100 and 599/],
    [{ body: '{bad' }, /not valid JSON/],
    [{ respondWith: 'xml' }, /unknown respondWith/],
  ])('rejects %j', (props, message) => {
    expect(() => buildWebhookResponse(props as never, items)).toThrow(message);
  });
});

describe('core.respondToWebhook', () => {
  it('passes items through, paired, and fails the step on a bad response', async () => {
    const out = await runNode(respondToWebhook, { props: { status: 202 }, items });
    expect(out.main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
    await expect(runNode(respondToWebhook, { props: { status: 1000 }, items })).rejects.toThrow(/status/);
  });
});
