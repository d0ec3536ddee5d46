import { useState, type ReactNode } from 'react';

/** Rows are rendered in blocks: the window only changes when scrolling crosses a block. */
const BLOCK = 16;

/**
 * Renders only the rows in view plus one block on each side, so that 10,000 items scroll
 * smoothly. Rows have a fixed height; the window moves in blocks of rows, so most scroll events
 * change nothing in the DOM.
 */
export function VirtualRows({
  count,
  rowHeight,
  height,
  renderRow,
  header,
  label,
}: {
  count: number;
  rowHeight: number;
  height: number;
  renderRow(index: number): ReactNode;
  header?: ReactNode;
  label: string;
}) {
  const [block, setBlock] = useState(0);
  const first = Math.max(0, (block - 1) * BLOCK);
  const last = Math.min(count, (block + 2) * BLOCK + Math.ceil(height / rowHeight));
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) rows.push(renderRow(i));
  return (
    <div
      className="relative overflow-auto"
      style={{ height, contain: 'strict' }}
      onScroll={(e) => setBlock(Math.floor(e.currentTarget.scrollTop / (rowHeight * BLOCK)))}
      role="table"
      aria-label={label}
      aria-rowcount={count}
      tabIndex={0}
      data-testid="virtual-rows"
    >
      {header}
      <div style={{ height: count * rowHeight, position: 'relative' }}>
        <div
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            right: 0,
            transform: `translateY(${first * rowHeight}px)`,
          }}
        >
          {rows}
        </div>
      </div>
    </div>
  );
}
