import type { NodeCatalog, Workflow } from '@ainow/engine/workflow';
import { indexCatalog } from '../src/store/catalog-index';

/** A small catalog: trigger, Set, IF, Switch (ports from rules), a vendor node with a credential. */
export const catalogJson: NodeCatalog = {
  nodes: [
    {
      type: 'core.manualTrigger',
      version: 1,
      displayName: 'Manual trigger',
      description: '',
      category: 'Triggers',
      trigger: { kind: 'manual' },
      props: {},
      defaults: {},
      effect: 'read',
      inputs: [],
      outputs: ['main'],
    },
    {
      type: 'core.set',
      version: 1,
      displayName: 'Set',
      description: '',
      category: 'Data',
      props: { fields: { kind: 'list', label: 'Fields', default: [] } },
      defaults: { fields: [] },
      effect: 'read',
      inputs: ['main'],
      outputs: ['main'],
    },
    {
      type: 'core.if',
      version: 1,
      displayName: 'IF',
      description: '',
      category: 'Flow',
      props: {},
      defaults: {},
      effect: 'read',
      inputs: ['main'],
      outputs: ['true', 'false'],
    },
    {
      type: 'core.switch',
      version: 1,
      displayName: 'Switch',
      description: '',
      category: 'Flow',
      props: {
        rules: { kind: 'list', label: 'Rules', default: [] },
        fallback: { kind: 'boolean', label: 'Fallback', default: true },
      },
      defaults: { rules: [], fallback: true },
      effect: 'read',
      inputs: ['main'],
      outputs: ['fallback'],
      dynamicOutputs: true,
    },
    {
      type: 'apollo.searchPeople',
      version: 1,
      displayName: 'Apollo: search people',
      description: '',
      category: 'Leads',
      props: { titles: { kind: 'text', label: 'Titles', required: true } },
      defaults: {},
      credential: { type: 'apollo', required: true },
      effect: 'read',
      inputs: ['main'],
      outputs: ['main'],
    },
  ],
  credentials: [],
};

export const catalog = indexCatalog(catalogJson);

/** trigger → set → if, with an expression in Set that names the trigger. */
export function sampleWorkflow(): Workflow {
  return {
    schemaVersion: 1,
    name: 'Sample',
    nodes: [
      {
        id: 't',
        name: 'Start',
        type: 'core.manualTrigger',
        version: 1,
        position: { x: 0, y: 0 },
        parameters: {},
      },
      {
        id: 's',
        name: 'Set',
        type: 'core.set',
        version: 1,
        position: { x: 280, y: 0 },
        parameters: { fields: [{ name: 'a', value: "{{ $('Start').item.json.x }}" }] },
      },
      { id: 'i', name: 'IF', type: 'core.if', version: 1, position: { x: 560, y: 0 }, parameters: {} },
    ],
    connections: [
      { from: { node: 't', port: 'main' }, to: { node: 's', port: 'main' } },
      { from: { node: 's', port: 'main' }, to: { node: 'i', port: 'main' } },
    ],
    settings: { timezone: 'UTC', errorWorkflowId: null, timeoutMs: 300000 },
  };
}
