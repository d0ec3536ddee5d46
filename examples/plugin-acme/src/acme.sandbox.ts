import { ACME_SIMULATOR_TOKEN, createAcmeSimulator } from './acme.simulator';

/**
 * Sandbox for `ainow run FILE --sandbox`: starts the Acme simulator on a free port and tells the
 * runtime its base URL (by the key `acme`, which the credential names in `baseUrl.simulator`)
 * and the credential values it accepts.
 *
 * @example
 * const sandbox = await startSandbox(); // { baseUrls: { acme: 'http://127.0.0.1:41234' }, ... }
 * await sandbox.stop();
 */
export async function startSandbox() {
  const sim = createAcmeSimulator();
  const { url } = await sim.start(0);
  return {
    baseUrls: { acme: url },
    credentials: { acme: { apiToken: ACME_SIMULATOR_TOKEN } },
    stop: () => sim.stop(),
  };
}
