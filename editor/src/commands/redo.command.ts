import { mod, type Command } from './command';

export const redoCommand: Command = {
  name: 'redo',
  label: 'Redo',
  keys: 'Ctrl+Shift+Z / Ctrl+Y',
  keyTest: (e) => mod(e) && ((e.key.toLowerCase() === 'z' && e.shiftKey) || e.key.toLowerCase() === 'y'),
  perform: ({ store }) => store.getState().redo(),
};
