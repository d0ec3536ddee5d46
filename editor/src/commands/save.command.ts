import { mod, type Command } from './command';

export const saveCommand: Command = {
  name: 'save',
  label: 'Save',
  keys: 'Ctrl+S',
  keyTest: (e) => mod(e) && e.key.toLowerCase() === 's',
  perform: ({ save }) => save(),
};
