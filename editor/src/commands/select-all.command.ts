import { mod, type Command } from './command';

export const selectAllCommand: Command = {
  name: 'selectAll',
  label: 'Select all',
  keys: 'Ctrl+A',
  keyTest: (e) => mod(e) && e.key.toLowerCase() === 'a',
  perform: ({ store }) => store.getState().select(store.getState().flowNodes.map((n) => n.id)),
  readOnlySafe: true,
};
