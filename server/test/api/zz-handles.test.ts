import { startTestServer } from '../support/test-server';
import { helloWorkflow } from '../support/test-server';

it('leaves no handles', async () => {
  const before = new Set((process as unknown as { _getActiveHandles(): unknown[] })._getActiveHandles());
  for (const kind of ['sqlite', 'postgres'] as const) {
    const s = await startTestServer(kind);
    const { body } = await s.http.post('/api/v1/workflows').set('Cookie', s.ownerCookie).send(helloWorkflow()).expect(201);
    await s.http.post(`/api/v1/workflows/${body.id}/run?wait=true`).set('Cookie', s.ownerCookie).send({}).expect(200);
    await s.http.post(`/api/v1/workflows/${body.id}/run`).set('Cookie', s.ownerCookie).send({}).expect(202);
    await s.close();
  }
  await new Promise((r) => setTimeout(r, 500));
  const after = (process as unknown as { _getActiveHandles(): Array<{ constructor: { name: string }; _idleTimeout?: number; _onTimeout?: { toString(): string } }> })._getActiveHandles().filter((h) => !before.has(h));
  console.log(after.map((h) => `${h.constructor.name} ${h._idleTimeout ?? ''} ${h._onTimeout ? h._onTimeout.toString().slice(0, 200) : ''}`).join('\n---\n'));
  const requests = (process as unknown as { _getActiveRequests(): unknown[] })._getActiveRequests();
  console.log('requests', requests.length);
});
