import { memo, useState } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { useEditor, useEditorStore } from '../store/EditorStoreContext';
import type { FlowNode } from '../store/flow-sync';
import { STICKY_PREFIX, stickyNotesOf, type StickyNote } from '../store/sticky-note';

const COLORS: Record<NonNullable<StickyNote['color']>, string> = {
  yellow: 'bg-amber-50 border-amber-200',
  blue: 'bg-sky-50 border-sky-200',
  green: 'bg-emerald-50 border-emerald-200',
  pink: 'bg-rose-50 border-rose-200',
};

/** A sticky note: Markdown-ish text, double-click to edit, resizable; edits are undoable changes. */
function StickyNoteViewInner({ id, selected }: NodeProps<FlowNode>) {
  const store = useEditorStore();
  const noteId = id.slice(STICKY_PREFIX.length);
  const note = useEditor((s) => stickyNotesOf(s.workflow).find((n) => n.id === noteId));
  const readOnly = useEditor((s) => s.readOnly);
  const [editing, setEditing] = useState(false);
  if (!note) return null;
  const update = (patch: Partial<StickyNote>) => {
    const state = store.getState();
    const notes = stickyNotesOf(state.workflow).map((n) => (n.id === noteId ? { ...n, ...patch } : n));
    state.apply({ type: 'setWorkflowField', key: 'stickyNotes', value: notes }, { label: 'Edit note' });
  };
  return (
    <div
      className={`h-full w-full rounded-md border p-3 text-sm text-slate-700 shadow-sm ${COLORS[note.color ?? 'yellow']}`}
      onDoubleClick={() => !readOnly && setEditing(true)}
      data-testid="sticky-note"
    >
      {!readOnly && (
        <NodeResizer
          isVisible={selected}
          minWidth={140}
          minHeight={80}
          onResizeEnd={(_e, p) =>
            update({
              width: Math.round(p.width),
              height: Math.round(p.height),
              position: { x: Math.round(p.x), y: Math.round(p.y) },
            })
          }
        />
      )}
      {editing ? (
        <textarea
          className="nodrag nowheel h-full w-full resize-none bg-transparent outline-none"
          aria-label="Sticky note text"
          autoFocus
          defaultValue={note.text}
          onBlur={(e) => {
            setEditing(false);
            if (e.target.value !== note.text) update({ text: e.target.value });
          }}
        />
      ) : (
        <div className="h-full overflow-hidden whitespace-pre-wrap">
          {note.text.split('\n').map((line, i) =>
            line.startsWith('## ') ? (
              <div key={i} className="mb-1 font-semibold text-slate-900">
                {line.slice(3)}
              </div>
            ) : (
              <div key={i}>{line || '\u00a0'}</div>
            ),
          )}
        </div>
      )}
    </div>
  );
}

export const StickyNoteView = memo(StickyNoteViewInner);
