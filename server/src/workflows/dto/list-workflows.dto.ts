import { z } from 'zod';

const words = z.string().trim().max(200);

/**
 * `GET /workflows?tag=leads&tag=eu&search=apollo`: workflows carrying every given tag (any case),
 * whose name holds every word of `search` (any case, any order).
 */
export const listWorkflowsSchema = z.object({
  tag: z
    .union([words, z.array(words).max(20)])
    .optional()
    .transform((value) => (value === undefined ? [] : [value].flat().filter(Boolean))),
  search: words.optional(),
});
export type ListWorkflowsQuery = z.infer<typeof listWorkflowsSchema>;
