import type { WorkflowNode } from '@ainow/engine/workflow';
import { holdsInDryRun } from '../../src/run/dry-run';

const node = (parameters: Record<string, unknown> = {}, disabled = false): WorkflowNode => ({
  id: 'n',
  name: 'N',
  type: 'x',
  version: 1,
  position: { x: 0, y: 0 },
  parameters,
  ...(disabled ? { disabled } : {}),
});

describe('which nodes call nobody in a dry run', () => {
  it.each<[string, 'read' | 'write' | 'send' | 'dynamic', Record<string, unknown>, boolean]>([
    ['a read node still calls', 'read', {}, false],
    ['a write node holds', 'write', {}, true],
    ['a send node holds', 'send', {}, true],
    ['HTTP Request GET (the default) reads', 'dynamic', {}, false],
    ['HTTP Request get reads', 'dynamic', { method: 'get' }, false],
    ['HTTP Request POST holds', 'dynamic', { method: 'POST' }, true],
    ['HTTP Request with a method expression holds', 'dynamic', { method: '{{ $json.m }}' }, true],
  ])('%s', (_label, effect, parameters, holds) => {
    expect(holdsInDryRun({ effect }, node(parameters))).toBe(holds);
  });

  it('a disabled or unknown node holds nothing', () => {
    expect(holdsInDryRun({ effect: 'send' }, node({}, true))).toBe(false);
    expect(holdsInDryRun(undefined, node())).toBe(false);
  });
});
