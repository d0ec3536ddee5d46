import { z } from 'zod';

export const listExecutionsSchema = z.object({
  workflowId: z.string().optional(),
  status: z.enum(['queued', 'running', 'waiting', 'success', 'failed', 'cancelled']).optional(),
  /** ISO times: runs created at or after `from` and before `to`. */
  from: z.iso.datetime({ message: 'use an ISO date-time such as 2024-05-01T00:00:00Z' }).optional(),
  to: z.iso.datetime({ message: 'use an ISO date-time such as 2024-05-01T00:00:00Z' }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** The `nextCursor` of the previous page. */
  cursor: z.string().optional(),
});
export type ListExecutionsQuery = z.infer<typeof listExecutionsSchema>;

export const itemsPageSchema = z.object({
  port: z.string().min(1).max(100).default('main'),
  page: z.coerce.number().int().min(0).default(0),
});
export type ItemsPageQuery = z.infer<typeof itemsPageSchema>;

export const readExecutionSchema = z.object({
  /** Items shown per step and port in the run view; the rest page by page. */
  items: z.coerce.number().int().min(0).max(100).default(20),
});
export type ReadExecutionQuery = z.infer<typeof readExecutionSchema>;
