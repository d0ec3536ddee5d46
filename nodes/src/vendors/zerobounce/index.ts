import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { credits } from './actions/credits.action';
import { validateBatch } from './actions/validate-batch.action';
import { validateEmail } from './actions/validate-email.action';
import { zeroBounceCredential } from './auth';

/** ZeroBounce: single and batch email validation, credits. */
export { zeroBounceCredential, validateEmail, validateBatch, credits };
export const nodes: AnyNodeDefinition[] = [validateEmail, validateBatch, credits];
export const credentials: CredentialType[] = [zeroBounceCredential];
