import { applyChange } from '@ainow/engine/workflow';
import { applyEditorChange } from '../../src/store/editor-change';
import { pasteChange } from '../../src/commands/paste-change';
import { selectionAsWorkflow } from '../../src/commands/selection-as-workflow';
import { sampleWorkflow } from '../fixtures';

describe('copy and paste as workflow JSON', () => {
  it('copies only the connections between the selected nodes', () => {
    const piece = selectionAsWorkflow(sampleWorkflow(), ['s', 'i']);
    expect(piece.nodes.map((n) => n.id)).toEqual(['s', 'i']);
    expect(piece.connections).toEqual([
      { from: { node: 's', port: 'main' }, to: { node: 'i', port: 'main' } },
    ]);
  });

  it('pastes with new ids, unique names, offset positions and inner connections', () => {
    const workflow = sampleWorkflow();
    const piece = selectionAsWorkflow(workflow, ['t', 's']);
    const { change, newIds } = pasteChange(workflow, piece, { dx: 40, dy: 60 });
    const next = applyEditorChange(workflow, change).workflow;
    expect(next.nodes).toHaveLength(5);
    const pasted = next.nodes.filter((n) => newIds.includes(n.id));
    expect(pasted.map((n) => n.name)).toEqual(['Start 2', 'Set 2']);
    expect(pasted[1].position).toEqual({ x: 320, y: 60 });
    expect(next.connections).toContainEqual({
      from: { node: newIds[0], port: 'main' },
      to: { node: newIds[1], port: 'main' },
    });
  });

  it("rewrites $('Name') in pasted nodes that refer to a pasted node which was renamed", () => {
    const workflow = sampleWorkflow();
    const { change, newIds } = pasteChange(workflow, selectionAsWorkflow(workflow, ['t', 's']), {
      dx: 0,
      dy: 0,
    });
    const set = applyEditorChange(workflow, change).workflow.nodes.find((n) => n.id === newIds[1])!;
    expect(set.parameters).toEqual({ fields: [{ name: 'a', value: "{{ $('Start 2').item.json.x }}" }] });
  });

  it('is one undoable change', () => {
    const workflow = sampleWorkflow();
    const { change } = pasteChange(workflow, selectionAsWorkflow(workflow, ['s']), { dx: 0, dy: 0 });
    if (change.type !== 'batch') throw new Error('expected an engine batch');
    const { workflow: next, inverse } = applyChange(workflow, change);
    expect(applyChange(next, inverse).workflow).toEqual(workflow);
  });
});
