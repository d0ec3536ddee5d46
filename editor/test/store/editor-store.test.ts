import { createEditorStore } from '../../src/store/editor-store';
import { catalog, sampleWorkflow } from '../fixtures';

const names = (store: ReturnType<typeof createEditorStore>) =>
  store.getState().workflow.nodes.map((n) => n.name);

describe('editor store', () => {
  it('records every change for undo and redo, and keeps the canvas in step', () => {
    const store = createEditorStore({ workflow: sampleWorkflow(), catalog });
    const s = () => store.getState();
    s().apply({ type: 'removeNode', nodeId: 'i' });
    s().apply({ type: 'renameNode', nodeId: 't', name: 'Begin' });
    expect(names(store)).toEqual(['Begin', 'Set']);
    expect(s().flowEdges.map((e) => e.id)).toEqual(['t:main->s:main']);
    expect(s().dirty).toBe(true);
    s().undo();
    expect(names(store)).toEqual(['Start', 'Set']);
    s().undo();
    expect(names(store)).toEqual(['Start', 'Set', 'IF']);
    expect(s().flowEdges).toHaveLength(2);
    s().redo();
    s().redo();
    expect(names(store)).toEqual(['Begin', 'Set']);
    expect(s().workflow.nodes[1].parameters).toEqual({
      fields: [{ name: 'a', value: "{{ $('Begin').item.json.x }}" }],
    });
  });

  it('a new change clears redo; a failing change is reported and not recorded', () => {
    const store = createEditorStore({ workflow: sampleWorkflow(), catalog });
    const s = () => store.getState();
    s().apply({ type: 'moveNode', nodeId: 's', position: { x: 1, y: 1 } });
    s().undo();
    s().apply({ type: 'moveNode', nodeId: 'i', position: { x: 2, y: 2 } });
    expect(s().future).toHaveLength(0);
    expect(s().apply({ type: 'renameNode', nodeId: 's', name: 'IF' })).toBe(false);
    expect(s().toast).toMatchObject({ kind: 'error' });
    expect(s().past).toHaveLength(1);
  });

  it('refuses changes when read-only (a past run)', () => {
    const store = createEditorStore({ workflow: sampleWorkflow(), catalog, readOnly: true });
    expect(store.getState().apply({ type: 'removeNode', nodeId: 'i' })).toBe(false);
    expect(names(store)).toEqual(['Start', 'Set', 'IF']);
  });

  it('validates after changes and groups problems by node', async () => {
    const store = createEditorStore({ workflow: sampleWorkflow(), catalog });
    store
      .getState()
      .apply({ type: 'connect', connection: { from: { node: 'i', port: 'maybe' }, to: { node: 's' } } });
    await new Promise((r) => setTimeout(r, 200));
    expect(store.getState().problemsByNode.i?.map((p) => p.code)).toContain('unknown-port');
  });
});
