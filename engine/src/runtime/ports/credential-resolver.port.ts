import type { ResolvedCredential } from '../../sdk/credential-type';

/**
 * Port: hands the runtime a decrypted credential. The server reads and decrypts stored
 * credentials; the CLI's sandbox mode answers with simulator URLs and placeholder values.
 * Throws an Error with a plain message when the credential does not exist or has another type.
 *
 * @example
 * const cred = await credentials.resolve({ id: 'cred_8f2', type: 'neverbounce' });
 */
export interface CredentialResolver {
  resolve(ref: { id: string; type: string }): Promise<ResolvedCredential>;
  /** A credential for a node that names none (sandbox runs); absent means "none available". */
  resolveMissing?(type: string): Promise<ResolvedCredential>;
}
