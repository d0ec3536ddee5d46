import type { Workflow } from '@ainow/engine/workflow';

/**
 * A sticky note on the canvas. Notes live in the workflow document under `stickyNotes` (an
 * unknown field the schema keeps), so they survive save, export and import.
 */
export interface StickyNote {
  id: string;
  text: string;
  position: { x: number; y: number };
  width: number;
  height: number;
  color?: 'yellow' | 'blue' | 'green' | 'pink';
}

export function stickyNotesOf(workflow: Workflow): StickyNote[] {
  const notes = (workflow as { stickyNotes?: unknown }).stickyNotes;
  return Array.isArray(notes) ? (notes as StickyNote[]) : [];
}

export const STICKY_PREFIX = 'sticky:';
