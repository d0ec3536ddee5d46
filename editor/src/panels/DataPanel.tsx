import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Item } from '../api/records.types';
import { FIELD_DRAG_TYPE, accessOf, fieldExpression, fieldPaths, typeOf } from '../expressions/data-paths';
import { VirtualRows } from './VirtualRows';

type View = 'table' | 'json' | 'schema';
const ROW = 30;

function cell(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One table row; memoised so that scrolling renders only the rows that come into view. */
const TableRow = memo(function TableRow({
  index,
  item,
  columns,
  width,
}: {
  index: number;
  item: Item;
  columns: string[];
  width: number;
}) {
  return (
    <div
      role="row"
      className="flex border-b border-slate-100 text-[12px] text-slate-800 hover:bg-indigo-50/40"
      style={{ height: ROW, width }}
      data-testid="data-row"
    >
      <div className="w-12 shrink-0 px-2 py-1.5 text-right text-slate-400">{index + 1}</div>
      {columns.map((c) => {
        const text = cell(item.json?.[c]);
        return (
          <div
            key={c}
            role="cell"
            className="w-40 shrink-0 truncate px-2 py-1.5"
            title={text.length > 20 ? text : undefined}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
});

/** Drag source for mapping: carries `{{ $json.path }}` (or `$('Node')…` for older nodes). */
function dragField(e: React.DragEvent, access: string, nodeName?: string) {
  e.dataTransfer.setData(FIELD_DRAG_TYPE, fieldExpression(access, nodeName));
  e.dataTransfer.setData('text/plain', fieldExpression(access, nodeName));
  e.dataTransfer.effectAllowed = 'copy';
}

/**
 * Items of one side of a node (input or output): table, JSON and schema views. Table and JSON are
 * virtualised; fields in the schema view and table headers can be dragged onto parameters.
 */
function DataPanelInner({
  title,
  items,
  ports,
  port,
  onPort,
  empty,
  actions,
  draggable,
  nodeName,
  testId,
  heading,
  titleExtra,
  notice,
}: {
  /** The section's accessible name; also the visible heading unless `heading` is given. */
  title: string;
  heading?: string;
  /** Next to the heading (the input panel's node selector). */
  titleExtra?: React.ReactNode;
  /** A line under the header (a dry run's note). */
  notice?: React.ReactNode;
  items: Item[];
  ports?: string[];
  port?: string;
  onPort?(port: string): void;
  empty: React.ReactNode;
  actions?: React.ReactNode;
  draggable?: boolean;
  nodeName?: string;
  testId: string;
}) {
  const [view, setView] = useState<View>(draggable ? 'schema' : 'table');
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(400);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const columns = useMemo(() => {
    const keys = new Set<string>();
    for (const item of items.slice(0, 50)) for (const k of Object.keys(item.json ?? {})) keys.add(k);
    return [...keys].slice(0, 30);
  }, [items]);
  const schema = useMemo(() => (view === 'schema' ? fieldPaths(items) : []), [items, view]);
  const jsonLines = useMemo(
    () => (view === 'json' ? items.map((i) => JSON.stringify(i.json)) : []),
    [items, view],
  );
  const width = Math.max(1, columns.length) * 160 + 48;
  return (
    <section className="flex h-full min-w-0 flex-col bg-white" aria-label={title} data-testid={testId}>
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="text-[13px] font-semibold text-slate-800">{heading ?? title}</h2>
        {titleExtra}
        <span className="text-[12px] text-slate-500" data-testid={`${testId}-count`}>
          {items.length} item{items.length === 1 ? '' : 's'}
        </span>
        {ports && ports.length > 1 && (
          <select
            aria-label="Output port"
            className="rounded border border-slate-300 px-1 py-0.5 text-[12px]"
            value={port}
            onChange={(e) => onPort?.(e.target.value)}
          >
            {ports.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        )}
        <div
          className="ml-auto inline-flex overflow-hidden rounded border border-slate-300 text-[11px]"
          role="group"
          aria-label="View"
        >
          {(['table', 'json', 'schema'] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              className={`px-2 py-0.5 capitalize ${view === v ? 'bg-slate-800 text-white' : 'bg-white text-slate-600 hover:bg-slate-100'}`}
            >
              {v === 'json' ? 'JSON' : v}
            </button>
          ))}
        </div>
        {actions}
      </header>
      {notice}
      <div ref={box} className="min-h-0 flex-1">
        {items.length === 0 ? (
          <div className="flex h-full items-center justify-center p-6 text-center text-[13px] text-slate-500">
            {empty}
          </div>
        ) : view === 'table' ? (
          <VirtualRows
            count={items.length}
            rowHeight={ROW}
            height={height}
            label={`${title} table`}
            header={
              <div
                className="sticky top-0 z-10 flex border-b border-slate-200 bg-slate-50 text-[12px] font-semibold text-slate-600"
                style={{ width }}
                role="row"
              >
                <div className="w-12 shrink-0 px-2 py-1.5 text-right">#</div>
                {columns.map((c) => (
                  <div
                    key={c}
                    role="columnheader"
                    className={`w-40 shrink-0 truncate px-2 py-1.5 ${draggable ? 'cursor-grab' : ''}`}
                    draggable={draggable}
                    onDragStart={(e) => dragField(e, accessOf('', c), nodeName)}
                    title={
                      draggable
                        ? `Drag onto a parameter to use ${fieldExpression(accessOf('', c), nodeName)}`
                        : c
                    }
                  >
                    {c}
                  </div>
                ))}
              </div>
            }
            renderRow={(i) => <TableRow key={i} index={i} item={items[i]} columns={columns} width={width} />}
          />
        ) : view === 'json' ? (
          <VirtualRows
            count={jsonLines.length}
            rowHeight={ROW}
            height={height}
            label={`${title} JSON`}
            renderRow={(i) => (
              <div
                key={i}
                className="flex border-b border-slate-100 font-mono text-[12px]"
                style={{ height: ROW }}
              >
                <span className="w-12 shrink-0 px-2 py-1.5 text-right text-slate-400">{i + 1}</span>
                <span className="truncate py-1.5 pr-2 text-slate-800" title={jsonLines[i]}>
                  {jsonLines[i]}
                </span>
              </div>
            )}
          />
        ) : (
          <ul className="h-full overflow-auto p-2 text-[12px]" aria-label={`${title} fields`}>
            {schema.length === 0 && (
              <li className="p-4 text-center text-slate-500">The items have no fields.</li>
            )}
            {schema.map((f) => (
              <li
                key={f.path}
                draggable={draggable}
                onDragStart={(e) => dragField(e, f.access, nodeName)}
                className={`flex items-center gap-2 rounded px-2 py-1 hover:bg-indigo-50 ${draggable ? 'cursor-grab' : ''}`}
                style={{ paddingLeft: 8 + f.depth * 14 }}
                data-testid="schema-field"
                data-field={f.path}
                title={
                  draggable ? `Drag onto a parameter to use ${fieldExpression(f.access, nodeName)}` : f.path
                }
              >
                <span className="rounded bg-slate-100 px-1 font-mono text-[10px] text-slate-600">
                  {typeOf(f.sample).slice(0, 3)}
                </span>
                <span className="font-medium text-slate-800">{f.path.split('.').pop()}</span>
                <span className="truncate text-slate-500">
                  {typeof f.sample === 'object' ? '' : cell(f.sample)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

export const DataPanel = memo(DataPanelInner);
