import { stickyNotesOf } from '../store/sticky-note';
import { newNodeId } from '../canvas/new-node-id';
import type { Command } from './command';

/** Adds a sticky note in the middle of the visible canvas. */
export const addStickyCommand: Command = {
  name: 'addSticky',
  label: 'Add sticky note',
  keys: 'Shift+S',
  keyTest: (e) => e.shiftKey && !e.ctrlKey && !e.metaKey && e.key.toLowerCase() === 's',
  perform: ({ store, flow }) => {
    const state = store.getState();
    const rect = document.querySelector('.react-flow')?.getBoundingClientRect();
    const center =
      flow && rect
        ? flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 3 })
        : { x: 0, y: 0 };
    const note = {
      id: newNodeId(),
      text: '## Note\nDouble-click to edit.',
      position: { x: Math.round(center.x - 120), y: Math.round(center.y - 80) },
      width: 240,
      height: 160,
      color: 'yellow' as const,
    };
    state.apply(
      { type: 'setWorkflowField', key: 'stickyNotes', value: [...stickyNotesOf(state.workflow), note] },
      { label: 'Add sticky note' },
    );
  },
};
