import { z } from 'zod';
import { workflowSchema } from './workflow.schema';

/** Where the exported schema says it lives; also its `$id`. */
export const WORKFLOW_JSON_SCHEMA_ID = 'urn:ainow:schema:workflow:v1';

/**
 * The JSON Schema of workflow format v1, generated from the zod schema (what a person may write:
 * fields with defaults are optional; unknown fields are allowed). Committed as
 * `engine/schema/workflow.v1.json`; a test fails when that file is stale, and
 * `node engine/scripts/export-schema.cjs` rewrites it.
 *
 * @example
 * const schema = workflowJsonSchema(); // { $schema: 'https://json-schema.org/draft/2020-12/schema', ... }
 */
export function workflowJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(workflowSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: WORKFLOW_JSON_SCHEMA_ID,
    title: 'AI-Now workflow, format version 1',
    description:
      'One workflow document: nodes, connections between their named ports, settings and pinned data.',
    ...rest,
  };
}

/** The committed file's exact text: the schema as two-space JSON with a final newline. */
export function workflowJsonSchemaText(): string {
  return `${JSON.stringify(workflowJsonSchema(), null, 2)}\n`;
}
