import type { EditorChange } from '../store/editor-change';
import type { Command } from './command';

/** Lays the graph out left to right with elkjs (loaded on first use, not in the first bundle). */
export const autoLayoutCommand: Command = {
  name: 'autoLayout',
  label: 'Tidy up (auto-layout)',
  keys: 'Shift+Alt+T',
  keyTest: (e) => e.shiftKey && e.altKey && e.code === 'KeyT',
  perform: ({ store, flow }) => {
    void (async () => {
      const { layoutWorkflow } = await import('../canvas/auto-layout');
      const state = store.getState();
      const sizes = new Map(
        state.flowNodes.map((n) => [
          n.id,
          { width: n.measured?.width ?? 190, height: n.measured?.height ?? 72 },
        ]),
      );
      const positions = await layoutWorkflow(state.workflow, sizes);
      const changes: EditorChange[] = state.workflow.nodes
        .filter((n) => positions.has(n.id))
        .map((n) => ({ type: 'moveNode', nodeId: n.id, position: positions.get(n.id)! }));
      state.apply(
        { type: 'batch', changes: changes as Extract<EditorChange, { type: 'moveNode' }>[] },
        { label: 'Tidy up' },
      );
      setTimeout(() => flow?.fitView({ padding: 0.2, duration: 200 }), 120);
    })();
  },
};
