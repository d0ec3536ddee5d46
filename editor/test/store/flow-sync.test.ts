import { syncFlow } from '../../src/store/flow-sync';
import { applyEditorChange } from '../../src/store/editor-change';
import { sampleWorkflow } from '../fixtures';

describe('syncFlow', () => {
  it('draws nodes, sticky notes and edges with named ports', () => {
    const workflow = {
      ...sampleWorkflow(),
      stickyNotes: [{ id: 'n', text: 'x', position: { x: 1, y: 2 }, width: 100, height: 50 }],
    };
    const { nodes, edges } = syncFlow(workflow, [], []);
    expect(nodes.map((n) => `${n.type}:${n.id}`)).toEqual([
      'sticky:sticky:n',
      'workflowNode:t',
      'workflowNode:s',
      'workflowNode:i',
    ]);
    expect(edges.map((e) => e.id)).toEqual(['t:main->s:main', 's:main->i:main']);
  });

  it('keeps the objects of unchanged nodes and edges, so memoised nodes do not re-render', () => {
    const first = syncFlow(sampleWorkflow(), [], []);
    const moved = applyEditorChange(sampleWorkflow(), {
      type: 'moveNode',
      nodeId: 's',
      position: { x: 9, y: 9 },
    }).workflow;
    const second = syncFlow(moved, first.nodes, first.edges);
    expect(second.nodes[0]).toBe(first.nodes[0]);
    expect(second.nodes[1]).not.toBe(first.nodes[1]);
    expect(second.nodes[1].position).toEqual({ x: 9, y: 9 });
    expect(second.edges[0]).toBe(first.edges[0]);
  });
});
