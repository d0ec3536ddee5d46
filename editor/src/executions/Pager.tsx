/** "Newer / Page N / Older" for cursor-paged lists (newest first). */
export function Pager({
  pageIndex,
  hasNewer,
  hasOlder,
  onNewer,
  onOlder,
}: {
  pageIndex: number;
  hasNewer: boolean;
  hasOlder: boolean;
  onNewer(): void;
  onOlder(): void;
}) {
  if (!hasNewer && !hasOlder) return null;
  return (
    <nav
      className="flex items-center justify-center gap-3 py-2 text-[12px]"
      aria-label="Pages"
      data-testid="pager"
    >
      <button type="button" className="btn-secondary !py-0.5" disabled={!hasNewer} onClick={onNewer}>
        ← Newer
      </button>
      <span className="text-slate-600" data-testid="page-number">
        Page {pageIndex + 1}
      </span>
      <button type="button" className="btn-secondary !py-0.5" disabled={!hasOlder} onClick={onOlder}>
        Older →
      </button>
    </nav>
  );
}
