import type { Workflow } from '@ainow/engine/workflow';
import { itemsOfNode, mapsAsJson, upstreamNodes } from '../../src/panels/node-data';
import { EMPTY_RUN } from '../../src/store/run-state';
import { catalog, catalogJson, sampleWorkflow } from '../fixtures';
import { indexCatalog } from '../../src/store/catalog-index';

/** Start → Set → IF, and a second trigger into IF (a merge of two branches). */
function twoBranches(): Workflow {
  const wf = sampleWorkflow();
  return {
    ...wf,
    nodes: [
      ...wf.nodes,
      {
        id: 't2',
        name: 'Other',
        type: 'core.manualTrigger',
        version: 1,
        position: { x: 0, y: 200 },
        parameters: {},
      },
    ],
    connections: [...wf.connections, { from: { node: 't2', port: 'main' }, to: { node: 'i', port: 'main' } }],
  };
}

describe('upstream nodes for the input panel', () => {
  it('lists every node upstream, nearest first', () => {
    expect(upstreamNodes(sampleWorkflow(), 'i')).toEqual([
      { id: 's', name: 'Set', distance: 1 },
      { id: 't', name: 'Start', distance: 2 },
    ]);
    expect(upstreamNodes(twoBranches(), 'i').map((n) => [n.name, n.distance])).toEqual([
      ['Set', 1],
      ['Other', 1],
      ['Start', 2],
    ]);
    expect(upstreamNodes(sampleWorkflow(), 't')).toEqual([]);
  });

  it.each([
    ['the only parent maps as $json', sampleWorkflow(), 's', true],
    ['a node further up names itself', sampleWorkflow(), 't', false],
    ['one parent of two names itself', twoBranches(), 's', false],
  ])('%s', (_label, workflow, source, json) => {
    expect(mapsAsJson(workflow, 'i', source)).toBe(json);
  });

  it("shows a node's run output, else its pinned data, else its declared sample", () => {
    const sampled = indexCatalog({
      ...catalogJson,
      nodes: catalogJson.nodes.map((n) => (n.type === 'core.set' ? { ...n, outputSample: { id: 7 } } : n)),
    });
    const wf = { ...sampleWorkflow(), pinData: { t: [{ json: { email: 'a@b.c' } }] } };
    expect(itemsOfNode({ run: EMPTY_RUN, workflow: wf, catalog }, 't')).toEqual({
      ports: { main: [{ json: { email: 'a@b.c' } }] },
      source: 'pinned',
    });
    expect(itemsOfNode({ run: EMPTY_RUN, workflow: wf, catalog: sampled }, 's')).toEqual({
      ports: { main: [{ json: { id: 7 } }] },
      source: 'sample',
    });
    const run = {
      steps: { s: { nodeId: 's', status: 'success' as const, output: { main: [{ json: { id: 1 } }] } } },
    };
    expect(itemsOfNode({ run, workflow: wf, catalog: sampled }, 's').source).toBe('run');
    expect(itemsOfNode({ run: EMPTY_RUN, workflow: wf, catalog }, 'i')).toEqual({
      ports: {},
      source: 'none',
    });
  });
});
