import { validateWorkflow } from '@ainow/engine/workflow';
import { catalog, sampleWorkflow } from '../fixtures';

describe('indexCatalog', () => {
  it.each([
    [{ type: 'core.if', parameters: {} }, ['true', 'false']],
    [{ type: 'core.if', parameters: {}, onError: 'route' as const }, ['true', 'false', 'error']],
    [
      { type: 'core.switch', parameters: { rules: [{ name: 'hot' }, { name: '' }] } },
      ['hot', 'rule 2', 'fallback'],
    ],
    [{ type: 'core.switch', parameters: { rules: [{ name: 'hot' }], fallback: false } }, ['hot']],
    [{ type: 'unknown.node', parameters: {} }, ['main']],
  ])('outputs of %j are %j', (node, outputs) => {
    expect(catalog.portsOf(node).outputs).toEqual(outputs);
  });

  it('gives validateWorkflow a registry: unknown ports, missing parameters and credentials are found', () => {
    const workflow = sampleWorkflow();
    workflow.nodes.push({
      id: 'a',
      name: 'Find',
      type: 'apollo.searchPeople',
      version: 1,
      position: { x: 0, y: 200 },
      parameters: {},
    });
    workflow.connections.push({ from: { node: 'i', port: 'maybe' }, to: { node: 'a', port: 'main' } });
    const codes = validateWorkflow(workflow, catalog.registry).problems.map(
      (p) => `${p.code}:${p.nodeId ?? ''}`,
    );
    expect(codes).toEqual(
      expect.arrayContaining(['unknown-port:i', 'missing-parameter:a', 'missing-credential:a']),
    );
  });

  it('checks Switch connections against the ports its rules make', () => {
    const workflow = sampleWorkflow();
    workflow.nodes.push({
      id: 'w',
      name: 'Route',
      type: 'core.switch',
      version: 1,
      position: { x: 0, y: 0 },
      parameters: { rules: [{ name: 'hot' }] },
    });
    workflow.connections.push({ from: { node: 'w', port: 'hot' }, to: { node: 'i', port: 'main' } });
    expect(
      validateWorkflow(workflow, catalog.registry).problems.filter((p) => p.code === 'unknown-port'),
    ).toEqual([]);
  });
});
