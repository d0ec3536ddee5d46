import type { ExpressionContext } from '@ainow/engine/expression';
import type { Item } from '@ainow/engine/workflow';

/** A context for tests: node outputs by name, pairing item i to output item i. */
export function testContext(
  outputs: Record<string, Item[]> = {},
  overrides: Partial<ExpressionContext> = {},
): ExpressionContext {
  return {
    workflow: { id: 'wf_1', name: 'Lead flow' },
    execution: { id: 'run_1', mode: 'manual', resumeUrl: 'https://ainow.test/resume/run_1' },
    vars: { region: 'eu', limits: { daily: 50 } },
    timezone: 'Europe/Paris',
    pairedItem: (name, index) => outputs[name]?.[index],
    nodeItems: (name) => outputs[name],
    nodeNames: ['Form submitted', 'Apollo search', 'Never ran', ...Object.keys(outputs)],
    ...overrides,
  };
}
