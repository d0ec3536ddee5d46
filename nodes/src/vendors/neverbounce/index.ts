import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { accountCredits } from './actions/account-credits.action';
import { verifyEmail } from './actions/verify-email.action';
import { verifyList } from './actions/verify-list.action';
import { neverBounceCredential } from './auth';

/** NeverBounce: single and bulk email verification, account credits. */
export { neverBounceCredential, verifyEmail, verifyList, accountCredits };
export const nodes: AnyNodeDefinition[] = [verifyEmail, verifyList, accountCredits];
export const credentials: CredentialType[] = [neverBounceCredential];
