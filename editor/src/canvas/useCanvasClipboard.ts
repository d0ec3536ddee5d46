import { useEffect } from 'react';
import { workflowSchema } from '@ainow/engine/workflow';
import type { EditorStore } from '../store/editor-store';
import { selectionAsWorkflow } from '../commands/selection-as-workflow';
import { pasteChange } from '../commands/paste-change';
import { deleteSelectionCommand } from '../commands/delete-selection.command';
import type { CommandContext } from '../commands/command';

function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    ['INPUT', 'TEXTAREA'].includes(target.tagName) ||
    target.isContentEditable ||
    !!target.closest('.cm-editor')
  );
}

/**
 * Copy, cut and paste of nodes as workflow JSON through the browser's clipboard events, so that
 * it works between tabs and into any text editor without a clipboard permission prompt.
 */
export function useCanvasClipboard(store: EditorStore, getContext: () => CommandContext) {
  useEffect(() => {
    const copy = (e: ClipboardEvent, cut: boolean) => {
      if (inField(e.target) || document.querySelector('[role="dialog"]')) return;
      const state = store.getState();
      const ids = state.selectedIds().filter((id) => state.nodesById.has(id));
      if (!ids.length) return;
      e.preventDefault();
      e.clipboardData?.setData(
        'text/plain',
        JSON.stringify(selectionAsWorkflow(state.workflow, ids), null, 2),
      );
      state.notify('info', `Copied ${ids.length} node${ids.length === 1 ? '' : 's'} as workflow JSON`);
      if (cut && !state.readOnly) deleteSelectionCommand.perform(getContext());
    };
    const onCopy = (e: ClipboardEvent) => copy(e, false);
    const onCut = (e: ClipboardEvent) => copy(e, true);
    const onPaste = (e: ClipboardEvent) => {
      if (inField(e.target) || document.querySelector('[role="dialog"]')) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return;
      }
      const result = workflowSchema.safeParse(parsed);
      if (!result.success) return;
      e.preventDefault();
      const state = store.getState();
      if (state.readOnly) return;
      const { change, newIds } = pasteChange(state.workflow, result.data, { dx: 60, dy: 60 });
      if (state.apply(change, { label: 'Paste' })) state.select(newIds);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, getContext]);
}
