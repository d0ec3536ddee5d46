import { z } from 'zod';
import { ROLES } from '../user.entity';

export const setupSchema = z.object({
  email: z.email('use an email address'),
  password: z.string().min(8, 'use at least 8 characters').max(200),
});
export type SetupInput = z.infer<typeof setupSchema>;

export const loginSchema = z.object({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const createApiKeySchema = z.object({ label: z.string().min(1).max(100) });
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const createUserSchema = z.object({
  email: z.email('use an email address'),
  password: z.string().min(8, 'use at least 8 characters').max(200),
  role: z.enum(ROLES.filter((r) => r !== 'owner') as ['viewer', 'editor', 'admin']),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  role: z.enum(ROLES.filter((r) => r !== 'owner') as ['viewer', 'editor', 'admin']).optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
