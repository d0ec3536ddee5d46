import { useEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { NodeDescription } from '@ainow/engine/workflow';
import { addNodeChange } from '../canvas/add-node-change';
import { NODE_DRAG_TYPE } from '../canvas/Canvas';
import { CATEGORY_LOOK, CATEGORY_ORDER, markOf } from '../canvas/node-look';
import { useEditor, useEditorStore } from '../store/EditorStoreContext';

/** Nodes whose name, type or description contains every word of the query. */
export function searchNodes(nodes: NodeDescription[], query: string): NodeDescription[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return nodes;
  return nodes.filter((n) => {
    const text = `${n.displayName} ${n.type} ${n.description} ${n.category}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/**
 * The node palette: categories, search by name and description; drag a node onto the canvas, or
 * click it to add it after the selected node (or the node whose "+" was clicked).
 */
export function Palette() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const nodes = useEditor((s) => s.catalog.nodes);
  const request = useEditor((s) => s.palette);
  const readOnly = useEditor((s) => s.readOnly);
  const afterName = useEditor((s) =>
    s.palette?.after ? s.nodesById.get(s.palette.after.nodeId)?.name : undefined,
  );
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const found = useMemo(() => searchNodes(nodes, query), [nodes, query]);
  useEffect(() => {
    if (request) search.current?.focus();
  }, [request]);

  const add = (desc: NodeDescription) => {
    const state = store.getState();
    let after = state.palette?.after;
    if (!after) {
      const selected = state.selectedIds().filter((id) => state.nodesById.has(id));
      const last = selected.length === 1 ? state.nodesById.get(selected[0]) : undefined;
      const port = last && state.catalog.portsOf(last).outputs[0];
      if (last && port) after = { nodeId: last.id, port };
    }
    const rect = document.querySelector('.react-flow')?.getBoundingClientRect();
    const center = rect
      ? flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 })
      : { x: 0, y: 0 };
    const { change, id } = addNodeChange(
      state.workflow,
      state.catalog,
      desc,
      after ? { after } : { position: { x: center.x - 95, y: center.y - 36 } },
    );
    if (state.apply(change, { label: `Add ${desc.displayName}` })) {
      state.select([id]);
      state.openPalette(null);
      setQuery('');
    }
  };

  return (
    <aside
      className="flex h-full w-64 shrink-0 flex-col border-r border-slate-200 bg-white"
      aria-label="Node palette"
    >
      <div className="border-b border-slate-200 p-3">
        {afterName && (
          <div className="mb-2 flex items-center justify-between rounded bg-indigo-50 px-2 py-1 text-xs text-indigo-800">
            <span>
              Adding after “{afterName}” ({request?.after?.port})
            </span>
            <button type="button" className="underline" onClick={() => store.getState().openPalette(null)}>
              Cancel
            </button>
          </div>
        )}
        <label htmlFor="palette-search" className="sr-only">
          Search nodes
        </label>
        <input
          id="palette-search"
          ref={search}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && found[0]) add(found[0]);
            if (e.key === 'Escape') store.getState().openPalette(null);
          }}
          placeholder="Search nodes…"
          className="w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm"
        />
      </div>
      <div className="flex-1 overflow-y-auto p-2">
        {CATEGORY_ORDER.map((category) => {
          const inCategory = found.filter((n) => n.category === category);
          if (!inCategory.length) return null;
          return (
            <section key={category} className="mb-3" aria-label={category}>
              <h2 className="px-1 pb-1 text-[11px] font-semibold uppercase tracking-wide text-slate-500">
                {category}
              </h2>
              {inCategory.map((desc) => (
                <button
                  type="button"
                  key={desc.type}
                  draggable={!readOnly}
                  disabled={readOnly}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(NODE_DRAG_TYPE, desc.type);
                    e.dataTransfer.setData('text/plain', desc.displayName);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => add(desc)}
                  className="flex w-full items-start gap-2 rounded-md px-1.5 py-1.5 text-left hover:bg-slate-100 disabled:opacity-50"
                  title={desc.description}
                  data-testid={`palette-${desc.type}`}
                >
                  <span
                    className={`mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded text-[10px] font-bold ${CATEGORY_LOOK[desc.category]?.tile ?? ''}`}
                    aria-hidden
                  >
                    {markOf(desc.displayName)}
                  </span>
                  <span className="min-w-0">
                    <span className="block truncate text-[13px] font-medium text-slate-800">
                      {desc.displayName}
                    </span>
                    <span className="block truncate text-[11px] text-slate-500">{desc.description}</span>
                  </span>
                </button>
              ))}
            </section>
          );
        })}
        {!found.length && <p className="p-2 text-sm text-slate-500">No node matches “{query}”.</p>}
      </div>
    </aside>
  );
}
