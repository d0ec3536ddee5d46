import { useEffect } from 'react';
import { COMMANDS } from '../commands/commands';
import type { CommandContext } from '../commands/command';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return (
    el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest('.cm-editor')
  );
}

/**
 * Runs the canvas commands on their shortcuts while focus is not in a text field or dialog.
 * `ctx` is read when a key is pressed, so it may change between renders.
 */
export function useCanvasKeyboard(getContext: () => CommandContext, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || document.querySelector('[role="dialog"]')) return;
      const ctx = getContext();
      const readOnly = ctx.store.getState().readOnly;
      const command = COMMANDS.find((c) => c.keyTest(e));
      if (!command || (readOnly && !command.readOnlySafe)) return;
      e.preventDefault();
      command.perform(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [getContext, enabled]);
}
