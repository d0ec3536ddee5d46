import { mod, type Command } from './command';

export const undoCommand: Command = {
  name: 'undo',
  label: 'Undo',
  keys: 'Ctrl+Z',
  keyTest: (e) => mod(e) && e.key.toLowerCase() === 'z' && !e.shiftKey,
  perform: ({ store }) => store.getState().undo(),
};
