import { z } from 'zod';

export const runWorkflowSchema = z.object({
  /** Items the trigger starts with: items `{ json }` or plain objects. */
  items: z.array(z.record(z.string(), z.unknown())).max(10_000).optional(),
  dryRun: z.boolean().optional(),
  /** Vendors' simulators instead of real vendors: every credential points at its simulator (like `ainow run --sandbox`). */
  sandbox: z.boolean().optional(),
  /** "Run up to this node". */
  destinationNodeId: z.string().min(1).optional(),
  /** Start from this trigger (default: the workflow's trigger). */
  startNodeId: z.string().min(1).optional(),
  /** A saved version to run (default: the current one). */
  version: z.number().int().min(1).optional(),
});
export type RunWorkflowInput = z.infer<typeof runWorkflowSchema>;

export const runQuerySchema = z.object({
  wait: z.enum(['true', 'false']).optional(),
  /** How long `?wait=true` waits, in ms (default 60 s). */
  timeoutMs: z.coerce.number().int().min(100).max(600_000).default(60_000),
});
export type RunQuery = z.infer<typeof runQuerySchema>;

export const testWebhookSchema = z.object({
  nodeId: z.string().min(1).optional(),
  ttlMs: z.number().int().min(1000).max(600_000).default(120_000),
  /** The test event's run uses the vendors' simulators (see `sandbox` of a run). */
  sandbox: z.boolean().default(false),
});
export type TestWebhookInput = z.infer<typeof testWebhookSchema>;
