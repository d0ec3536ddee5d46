import { NodeRegistry, type PropMap } from '@ainow/engine/sdk';
import { coreCredentials, coreNodes } from '@ainow/nodes/core';

const DESIGN_TYPES = [
  'core.manualTrigger',
  'core.webhook',
  'core.respondToWebhook',
  'core.schedule',
  'core.code',
  'core.set',
  'core.if',
  'core.switch',
  'core.filter',
  'core.merge',
  'core.loop',
  'core.splitOut',
  'core.aggregate',
  'core.sort',
  'core.limit',
  'core.removeDuplicates',
  'core.httpRequest',
  'core.wait',
  'core.executeWorkflow',
  'core.renderTemplate',
  'core.dateTime',
  'core.crypto',
  'core.stopAndError',
  'core.noop',
];

describe('core node catalog', () => {
  it('has every core node of DESIGN.md section 5, once each', () => {
    const registry = new NodeRegistry();
    for (const node of coreNodes) registry.add(node);
    expect(coreNodes.map((node) => node.type).sort()).toEqual([...DESIGN_TYPES].sort());
  });

  it.each(coreNodes.map((node) => [node.type, node] as const))('%s is fully described', (_type, node) => {
    expect(node.version).toBe(1);
    expect(node.displayName.length).toBeGreaterThan(1);
    expect(node.description.length).toBeGreaterThan(10);
    expect(['Triggers', 'Flow', 'Data', 'Code', 'Utility']).toContain(node.category);
    expect(node.icon).toMatch(/^[a-z-]+$/);
    for (const [name, prop] of Object.entries(node.props as PropMap)) {
      expect([name, prop.label?.length > 0]).toEqual([name, true]);
    }
    expect(Boolean(node.run) !== Boolean(node.runItem)).toBe(true);
    expect(node.type.startsWith('core.')).toBe(true);
  });

  it('declares triggers as triggers with no inputs', () => {
    const triggers = coreNodes.filter((node) => node.trigger);
    expect(triggers.map((node) => [node.type, node.trigger!.kind, node.inputs])).toEqual([
      ['core.manualTrigger', 'manual', []],
      ['core.webhook', 'webhook', []],
      ['core.schedule', 'schedule', []],
    ]);
  });

  it('provides the credential type the HTTP Request node names', () => {
    const http = coreNodes.find((node) => node.type === 'core.httpRequest')!;
    expect(coreCredentials.map((c) => c.name)).toContain(http.credential!.type);
  });
});
