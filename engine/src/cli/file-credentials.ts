import type { CredentialResolver } from '../runtime/ports/credential-resolver.port';
import type { ResolvedCredential } from '../sdk/credential-type';
import { readJsonFile } from './read-json-file';

/**
 * Credentials for `ainow run --credentials FILE`: a JSON object mapping credential ids to
 * `{ "type": "neverbounce", "values": { "apiKey": "..." }, "baseUrl"?: "..." }`.
 */
export function fileCredentials(path: string): CredentialResolver {
  const file = readJsonFile(path, 'credentials file') as Record<string, Omit<ResolvedCredential, 'id'>>;
  return {
    async resolve({ id, type }) {
      const found = file[id];
      if (!found) throw new Error(`credential '${id}' is not in ${path}`);
      if (found.type !== type)
        throw new Error(
          `credential '${id}' in ${path} is a ${found.type} credential; this node needs ${type}`,
        );
      return { ...found, id };
    },
  };
}
