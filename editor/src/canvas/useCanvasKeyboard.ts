import { useEffect } from 'react';
import { COMMANDS } from '../commands/commands';
import type { CommandContext } from '../commands/command';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const el = target;
  return (
    el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest('.cm-editor')
  );
}

function onCanvas(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  const el = target;
  return el === document.body || (!!el.closest('.react-flow') && !el.closest('button, a'));
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
      // Tab and Enter keep their usual meaning (move focus, press) outside the canvas.
      if ((e.key === 'Tab' || e.key === 'Enter') && !onCanvas(e.target)) return;
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
