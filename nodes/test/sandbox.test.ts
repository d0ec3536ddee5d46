import { startSimulators } from '../src/sandbox';
import { builtInCredentials } from '@ainow/nodes';

describe('sandbox simulators', () => {
  it('starts a simulator for every credential type that names one and answers its test call', async () => {
    const running = await startSimulators(0);
    try {
      const named = builtInCredentials().filter((t) => t.baseUrl?.simulator);
      expect(named.length).toBeGreaterThanOrEqual(6);
      for (const type of named) {
        const base = running.baseUrls[type.baseUrl!.simulator!];
        expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
        expect(running.credentials[type.name]).toBeDefined();
      }
      const res = await fetch(`${running.baseUrls.apollo}/api/v1/organizations/enrich?domain=initech.com`, {
        headers: { 'x-api-key': String(running.credentials.apollo.apiKey) },
      });
      expect(res.status).toBe(200);
    } finally {
      await running.stop();
    }
  });
});
