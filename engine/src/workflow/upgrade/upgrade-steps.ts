import { draftToV1 } from './draft-to-v1.upgrade';
import type { UpgradeStep } from './upgrade-step';

/**
 * Every upgrade step the engine knows, oldest first. A new format version adds one step here,
 * with its own test file, and raises `CURRENT_SCHEMA_VERSION`.
 */
export const UPGRADE_STEPS: ReadonlyArray<UpgradeStep> = [draftToV1];
