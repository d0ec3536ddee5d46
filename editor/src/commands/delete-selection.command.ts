import type { WorkflowChange } from '@ainow/engine/workflow';
import type { EditorChange } from '../store/editor-change';
import { STICKY_PREFIX, stickyNotesOf } from '../store/sticky-note';
import type { Command } from './command';

/** Deletes the selected nodes (with their connections), sticky notes and selected connections. */
export const deleteSelectionCommand: Command = {
  name: 'deleteSelection',
  label: 'Delete selection',
  keys: 'Delete / Backspace',
  keyTest: (e) => e.key === 'Delete' || e.key === 'Backspace',
  perform: ({ store, flow }) => {
    const state = store.getState();
    const ids = state.selectedIds();
    const nodeIds = ids.filter((id) => !id.startsWith(STICKY_PREFIX));
    const stickyIds = new Set(
      ids.filter((id) => id.startsWith(STICKY_PREFIX)).map((id) => id.slice(STICKY_PREFIX.length)),
    );
    const changes: EditorChange[] = [];
    const selectedEdges = flow?.getEdges().filter((e) => e.selected) ?? [];
    for (const edge of selectedEdges) {
      if (nodeIds.includes(edge.source) || nodeIds.includes(edge.target)) continue;
      changes.push({
        type: 'disconnect',
        connection: {
          from: { node: edge.source, port: edge.sourceHandle ?? 'main' },
          to: { node: edge.target, port: edge.targetHandle ?? 'main' },
        },
      } satisfies WorkflowChange);
    }
    for (const id of nodeIds) changes.push({ type: 'removeNode', nodeId: id });
    if (stickyIds.size) {
      changes.push({
        type: 'setWorkflowField',
        key: 'stickyNotes',
        value: stickyNotesOf(state.workflow).filter((n) => !stickyIds.has(n.id)),
      });
    }
    if (changes.length) state.apply({ type: 'editorBatch', changes }, { label: 'Delete' });
    if (nodeIds.includes(state.openNodeId ?? '')) state.openNode(null);
  },
};
