import type { ReactFlowInstance } from '@xyflow/react';
import type { EditorStore } from '../store/editor-store';
import type { FlowEdge, FlowNode } from '../store/flow-sync';

/** What a command may use: the editor's store, the canvas, and the page's run/save actions. */
export interface CommandContext {
  store: EditorStore;
  flow: ReactFlowInstance<FlowNode, FlowEdge> | null;
  run(destinationNodeId?: string): void;
  save(): void;
  showHelp(): void;
}

/**
 * An editor command, one per file (STYLE.md: Excalidraw's actions). `perform` changes the
 * workflow only through `store.apply`, which records the inverse for undo.
 *
 * @example
 * export const undoCommand: Command = { name: 'undo', label: 'Undo', keys: 'Ctrl+Z', keyTest: (e) => mod(e) && e.key === 'z' && !e.shiftKey, perform: ({ store }) => store.getState().undo() };
 */
export interface Command {
  name: string;
  label: string;
  /** How the shortcut is shown in the help sheet. */
  keys: string;
  keyTest(event: KeyboardEvent): boolean;
  perform(ctx: CommandContext): void;
  /** Allowed on a read-only canvas (zoom, help). */
  readOnlySafe?: boolean;
}

export const mod = (e: KeyboardEvent): boolean => e.ctrlKey || e.metaKey;
