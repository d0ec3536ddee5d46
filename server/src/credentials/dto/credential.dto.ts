import { z } from 'zod';

const rateLimit = z.object({
  requests: z.number().int().min(1).max(1_000_000),
  perMs: z.number().int().min(1).max(86_400_000),
});

export const createCredentialSchema = z.object({
  name: z.string().min(1).max(200),
  type: z.string().min(1).max(100),
  values: z.record(z.string(), z.unknown()),
  rateLimit: rateLimit.nullable().optional(),
});
export type CreateCredentialInput = z.infer<typeof createCredentialSchema>;

/** Values given are merged over the stored ones: omit a secret to keep it. */
export const updateCredentialSchema = z.object({
  name: z.string().min(1).max(200).optional(),
  values: z.record(z.string(), z.unknown()).optional(),
  rateLimit: rateLimit.nullable().optional(),
});
export type UpdateCredentialInput = z.infer<typeof updateCredentialSchema>;

/** What the API shows of a credential: secret fields are never returned, only whether they are set. */
export interface CredentialView {
  id: string;
  name: string;
  type: string;
  values: Record<string, unknown>;
  secretsSet: string[];
  rateLimit: { requests: number; perMs: number } | null;
  createdAt: string;
  updatedAt: string;
}
