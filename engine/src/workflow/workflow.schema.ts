import { z } from 'zod';

/**
 * Workflow format, version 1 (DESIGN.md section 2). One zod definition gives the TypeScript
 * types, runtime validation of the document's shape, and the exported JSON Schema
 * (`engine/schema/workflow.v1.json`). Objects are `looseObject`s: unknown fields are kept so
 * that newer documents survive a load/save round trip.
 *
 * @example
 * const parsed = workflowSchema.safeParse(JSON.parse(text));
 */

export const positionSchema = z.looseObject({ x: z.number(), y: z.number() });

export const retrySchema = z.looseObject({
  maxAttempts: z.number().int().min(1).max(10).default(3),
  delayMs: z.number().int().min(0).max(3_600_000).default(1000),
  backoff: z.enum(['fixed', 'exponential']).default('exponential'),
});

export const onErrorSchema = z.enum(['stop', 'continue', 'route']);

export const workflowNodeSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.string().min(1),
  version: z.number().int().min(1),
  position: positionSchema.default({ x: 0, y: 0 }),
  parameters: z.record(z.string(), z.unknown()).default({}),
  credentials: z.record(z.string(), z.string()).optional(),
  retry: retrySchema.optional(),
  onError: onErrorSchema.optional(),
  /** Run even when every input is empty. */
  alwaysRun: z.boolean().optional(),
  /** A disabled node passes its main input through unchanged. */
  disabled: z.boolean().optional(),
  notes: z.string().optional(),
});

export const endpointSchema = z.looseObject({
  node: z.string().min(1),
  port: z.string().min(1).default('main'),
});

export const connectionSchema = z.looseObject({ from: endpointSchema, to: endpointSchema });

export const workflowSettingsSchema = z.looseObject({
  timezone: z.string().default('UTC'),
  errorWorkflowId: z.string().nullable().default(null),
  timeoutMs: z.number().int().min(1).max(86_400_000).default(300_000),
  maxLoopIterations: z.number().int().min(1).optional(),
});

export const itemSchema = z.looseObject({
  json: z.record(z.string(), z.unknown()),
  binary: z.record(z.string(), z.unknown()).optional(),
});

export const workflowSchema = z.looseObject({
  schemaVersion: z.literal(1),
  id: z.string().optional(),
  name: z.string().min(1),
  nodes: z.array(workflowNodeSchema),
  connections: z.array(connectionSchema).default([]),
  settings: workflowSettingsSchema.default({ timezone: 'UTC', errorWorkflowId: null, timeoutMs: 300_000 }),
  pinData: z.record(z.string(), z.array(itemSchema)).optional(),
  variables: z.record(z.string(), z.unknown()).optional(),
});

export type Position = z.infer<typeof positionSchema>;
export type RetryPolicy = z.infer<typeof retrySchema>;
export type OnError = z.infer<typeof onErrorSchema>;
export type WorkflowNode = z.infer<typeof workflowNodeSchema>;
export type Endpoint = z.infer<typeof endpointSchema>;
export type Connection = z.infer<typeof connectionSchema>;
export type WorkflowSettings = z.infer<typeof workflowSettingsSchema>;
export type Workflow = z.infer<typeof workflowSchema>;
/** What a caller may write: defaults not yet applied. */
export type WorkflowInput = z.input<typeof workflowSchema>;

export const CURRENT_SCHEMA_VERSION = 1;
