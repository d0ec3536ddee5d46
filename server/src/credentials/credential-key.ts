/** Nest injection token of the instance's 32-byte key (credentials, resume tokens). */
export const CREDENTIAL_KEY = Symbol('CREDENTIAL_KEY');
