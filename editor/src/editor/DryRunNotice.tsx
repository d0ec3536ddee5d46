import { useMemo } from 'react';
import { holdsInDryRun } from '../run/dry-run';
import { useEditor } from '../store/EditorStoreContext';

/** Nodes that would call someone (effect write, send or dynamic) and so do nothing in a dry run. */
export function useDryRunNodes(): string[] {
  const nodes = useEditor((s) => s.workflow.nodes);
  const catalog = useEditor((s) => s.catalog);
  return useMemo(
    () => nodes.filter((n) => holdsInDryRun(catalog.describe(n.type), n)).map((n) => n.name),
    [nodes, catalog],
  );
}

/** While the dry-run switch is on: which nodes will not call anyone, in words. */
export function DryRunNotice() {
  const on = useEditor((s) => s.dryRun && !s.readOnly);
  const names = useDryRunNodes();
  if (!on) return null;
  return (
    <div
      className="max-w-xs rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-[12px] text-amber-900 shadow-sm"
      role="note"
      data-testid="dry-run-notice"
    >
      <strong className="font-semibold">Dry run is on.</strong>{' '}
      {names.length === 0
        ? 'No node here writes or sends, so a dry run does what a run does.'
        : `${names.length === 1 ? '1 node that writes or sends' : `${names.length} nodes that write or send`} will not call anyone and show what ${names.length === 1 ? 'it' : 'they'} would have sent instead: ${names.slice(0, 4).join(', ')}${names.length > 4 ? '…' : ''}. Nodes that only read still call their service.`}
    </div>
  );
}
