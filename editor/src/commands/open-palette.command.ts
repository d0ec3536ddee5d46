import type { Command } from './command';

export const openPaletteCommand: Command = {
  name: 'openPalette',
  label: 'Add node (after the selected one)',
  keys: 'Tab / N',
  keyTest: (e) =>
    (e.key === 'Tab' && !e.shiftKey) ||
    (e.key.toLowerCase() === 'n' && !e.ctrlKey && !e.metaKey && !e.shiftKey),
  perform: ({ store }) => {
    const state = store.getState();
    const selected = state.selectedIds().filter((id) => state.nodesById.has(id));
    const last = selected.length === 1 ? state.nodesById.get(selected[0]) : undefined;
    const port = last ? state.catalog.portsOf(last).outputs[0] : undefined;
    state.openPalette(last && port ? { after: { nodeId: last.id, port } } : {});
  },
};
