import type { AnyNodeDefinition } from '@ainow/engine/sdk';

/** Every core node (DESIGN.md section 5). */
export const coreNodes: AnyNodeDefinition[] = [];
