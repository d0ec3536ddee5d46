import { addStickyCommand } from './add-sticky.command';
import { autoLayoutCommand } from './auto-layout.command';
import type { Command } from './command';
import { deleteSelectionCommand } from './delete-selection.command';
import { duplicateSelectionCommand } from './duplicate-selection.command';
import { helpCommand, openNodeCommand } from './open-node.command';
import { openPaletteCommand } from './open-palette.command';
import { redoCommand } from './redo.command';
import { runToSelectedCommand, runWorkflowCommand } from './run-workflow.command';
import { saveCommand } from './save.command';
import { selectAllCommand } from './select-all.command';
import { undoCommand } from './undo.command';
import { zoomToFitCommand } from './zoom-to-fit.command';

/** Every keyboard command of the canvas, in the order the help sheet lists them. */
export const COMMANDS: Command[] = [
  openPaletteCommand,
  openNodeCommand,
  runWorkflowCommand,
  runToSelectedCommand,
  saveCommand,
  undoCommand,
  redoCommand,
  deleteSelectionCommand,
  duplicateSelectionCommand,
  selectAllCommand,
  autoLayoutCommand,
  zoomToFitCommand,
  addStickyCommand,
  helpCommand,
];

/** Shortcuts handled by the browser's clipboard events, listed in the help sheet too. */
export const CLIPBOARD_SHORTCUTS = [
  { label: 'Copy selection as workflow JSON', keys: 'Ctrl+C' },
  { label: 'Cut selection', keys: 'Ctrl+X' },
  { label: 'Paste workflow JSON', keys: 'Ctrl+V' },
  { label: 'Select several nodes', keys: 'Shift+drag / Ctrl+click' },
];
