import { useState, type ReactNode } from 'react';

/**
 * Renders only the rows in view (plus a few), so that 10,000 items scroll smoothly. Rows have a
 * fixed height.
 */
export function VirtualRows({ count, rowHeight, height, renderRow, header, label }: { count: number; rowHeight: number; height: number; renderRow(index: number): ReactNode; header?: ReactNode; label: string }) {
  const [top, setTop] = useState(0);
  const first = Math.max(0, Math.floor(top / rowHeight) - 8);
  const last = Math.min(count, Math.ceil((top + height) / rowHeight) + 8);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) rows.push(renderRow(i));
  return (
    <div className="relative overflow-auto" style={{ height }} onScroll={(e) => setTop(e.currentTarget.scrollTop)} role="table" aria-label={label} aria-rowcount={count} tabIndex={0} data-testid="virtual-rows">
      {header}
      <div style={{ height: count * rowHeight, position: 'relative' }}>
        <div style={{ position: 'absolute', top: first * rowHeight, left: 0, right: 0 }}>{rows}</div>
      </div>
    </div>
  );
}
