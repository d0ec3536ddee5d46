import type { Command } from './command';

export const zoomToFitCommand: Command = {
  name: 'zoomToFit',
  label: 'Zoom to fit',
  keys: '1',
  keyTest: (e) => e.key === '1' && !e.ctrlKey && !e.metaKey,
  perform: ({ flow }) => void flow?.fitView({ padding: 0.2, duration: 200 }),
  readOnlySafe: true,
};
