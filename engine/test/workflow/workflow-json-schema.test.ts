import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workflowJsonSchema, workflowJsonSchemaText } from '@ainow/engine/workflow';

const file = join(__dirname, '..', '..', 'schema', 'workflow.v1.json');

describe('engine/schema/workflow.v1.json', () => {
  it('is up to date with the zod schema (run `node engine/scripts/export-schema.cjs` when this fails)', () => {
    expect(readFileSync(file, 'utf8')).toBe(workflowJsonSchemaText());
  });

  it('describes what a person may write: defaults optional, unknown fields allowed', () => {
    const schema = workflowJsonSchema() as {
      $schema: string;
      required: string[];
      additionalProperties: unknown;
      properties: { nodes: { items: { required: string[]; additionalProperties: unknown } } };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['schemaVersion', 'name', 'nodes']);
    expect(schema.properties.nodes.items.required).toEqual(['id', 'name', 'type', 'version']);
    expect(schema.additionalProperties).toEqual({});
    expect(schema.properties.nodes.items.additionalProperties).toEqual({});
  });
});
