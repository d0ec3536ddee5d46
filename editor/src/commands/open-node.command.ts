import type { Command } from './command';

export const openNodeCommand: Command = {
  name: 'openNode',
  label: 'Open the selected node',
  keys: 'Enter',
  keyTest: (e) => e.key === 'Enter' && !e.ctrlKey && !e.metaKey,
  perform: ({ store }) => {
    const [id] = store
      .getState()
      .selectedIds()
      .filter((i) => store.getState().nodesById.has(i));
    if (id) store.getState().openNode(id);
  },
  readOnlySafe: true,
};

export const helpCommand: Command = {
  name: 'help',
  label: 'Keyboard shortcuts',
  keys: '?',
  keyTest: (e) => e.key === '?',
  perform: ({ showHelp }) => showHelp(),
  readOnlySafe: true,
};
