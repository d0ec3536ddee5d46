import { z } from 'zod';

export const loadOptionsSchema = z.object({
  /** The name of the node's `loadOptions` method (the prop's `loadOptions`). */
  method: z.string().min(1).max(100),
  credentialId: z.string().min(1).optional(),
  parameters: z.record(z.string(), z.unknown()).default({}),
  workflowId: z.string().optional(),
  nodeId: z.string().optional(),
});
export type LoadOptionsInput = z.infer<typeof loadOptionsSchema>;
