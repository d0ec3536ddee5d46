import type { CredentialResolver } from '../runtime/ports/credential-resolver.port';
import type { NodeRegistry } from '../sdk/node-registry';
import type { ResolvedCredential } from '../sdk/credential-type';
import type { Sandbox } from './node-packages';

/**
 * Credentials for `--sandbox` runs: every credential, named or not, points at the vendor's
 * simulator with the simulator's accepted values, so a template runs with no accounts.
 */
export function sandboxCredentials(registry: NodeRegistry, sandbox: Sandbox): CredentialResolver {
  const resolve = async (type: string, id: string): Promise<ResolvedCredential> => {
    const credentialType = registry.credential(type);
    const key = credentialType?.baseUrl?.simulator;
    const baseUrl = key ? sandbox.baseUrls[key] : undefined;
    if (!credentialType || !baseUrl)
      throw new Error(`no simulator stands in for ${type} credentials; this node cannot run in a sandbox`);
    return { id, type, values: sandbox.credentials[type] ?? {}, baseUrl };
  };
  return {
    resolve: (ref) => resolve(ref.type, ref.id),
    resolveMissing: (type) => resolve(type, `sandbox-${type}`),
  };
}
