import { mod, type Command } from './command';

export const runWorkflowCommand: Command = {
  name: 'runWorkflow',
  label: 'Run workflow',
  keys: 'Ctrl+Enter',
  keyTest: (e) => mod(e) && e.key === 'Enter' && !e.shiftKey,
  perform: ({ run }) => run(),
};

export const runToSelectedCommand: Command = {
  name: 'runToSelected',
  label: 'Run up to the selected node',
  keys: 'Ctrl+Shift+Enter',
  keyTest: (e) => mod(e) && e.key === 'Enter' && e.shiftKey,
  perform: ({ run, store }) => {
    const [id] = store
      .getState()
      .selectedIds()
      .filter((i) => store.getState().nodesById.has(i));
    if (id) run(id);
  },
};
