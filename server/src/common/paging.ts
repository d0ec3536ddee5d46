import { z } from 'zod';

/** `?limit=&cursor=` paging shared by list endpoints. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional(),
});
