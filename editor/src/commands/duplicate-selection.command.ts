import { mod, type Command } from './command';
import { selectionAsWorkflow } from './selection-as-workflow';
import { pasteChange } from './paste-change';

/** Duplicates the selected nodes and the connections between them, offset down and right. */
export const duplicateSelectionCommand: Command = {
  name: 'duplicateSelection',
  label: 'Duplicate selection',
  keys: 'Ctrl+D',
  keyTest: (e) => mod(e) && e.key.toLowerCase() === 'd',
  perform: ({ store }) => {
    const state = store.getState();
    const piece = selectionAsWorkflow(state.workflow, state.selectedIds());
    if (!piece.nodes.length) return;
    const { change, newIds } = pasteChange(state.workflow, piece, { dx: 40, dy: 60 });
    if (state.apply(change, { label: 'Duplicate' })) state.select(newIds);
  },
};
