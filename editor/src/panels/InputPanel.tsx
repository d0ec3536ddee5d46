import { useMemo, useState } from 'react';
import type { Item } from '../api/records.types';
import { useEditor } from '../store/EditorStoreContext';
import { DataPanel } from './DataPanel';
import { itemsOfNode, mapsAsJson, upstreamNodes, type DataSource } from './node-data';

const SOURCE_BADGE: Partial<Record<DataSource, { text: string; cls: string }>> = {
  sample: { text: 'Sample', cls: 'bg-amber-50 text-amber-800' },
  pinned: { text: 'Pinned', cls: 'bg-indigo-50 text-indigo-700' },
};

/**
 * The input side of the node details: what the node receives (its parents' items), or, picked in
 * the node selector, the output of any node further upstream. Fields dragged from the node's own
 * input map as `{{ $json.field }}`; from another node as `{{ $('Node').item.json.field }}`.
 */
export function InputPanel({
  nodeId,
  input,
  draggable,
}: {
  nodeId: string;
  /** What the node receives (run, pinned or sample items of its parents). */
  input: { items: Item[]; source: DataSource; fromName?: string };
  draggable: boolean;
}) {
  const workflow = useEditor((s) => s.workflow);
  const run = useEditor((s) => s.run);
  const catalog = useEditor((s) => s.catalog);
  const [chosen, setChosen] = useState('');
  const [port, setPort] = useState('');
  const upstream = useMemo(() => upstreamNodes(workflow, nodeId), [workflow, nodeId]);
  const parents = upstream.filter((n) => n.distance === 1);
  // A node no longer upstream (the graph changed) falls back to the node's own input.
  const source = upstream.find((n) => n.id === chosen);
  const picked = useMemo(
    () => (source ? itemsOfNode({ run, workflow, catalog }, source.id) : null),
    [source, run, workflow, catalog],
  );
  const ports = picked ? Object.keys(picked.ports) : [];
  const shownPort = ports.includes(port) ? port : (ports[0] ?? 'main');
  const items = picked ? (picked.ports[shownPort] ?? []) : input.items;
  const dataSource = picked ? picked.source : input.source;
  const asJson = !source || mapsAsJson(workflow, nodeId, source.id);
  const ownLabel = parents.length === 1 ? parents[0].name : parents.length ? 'All inputs' : 'Input';
  const badge = SOURCE_BADGE[dataSource];
  return (
    <DataPanel
      title={source ? `Input: ${source.name}` : input.fromName ? `Input from ${input.fromName}` : 'Input'}
      heading="Input"
      testId="input-panel"
      items={items}
      draggable={draggable}
      nodeName={asJson ? undefined : source?.name}
      ports={picked && ports.length > 1 ? ports : undefined}
      port={shownPort}
      onPort={setPort}
      titleExtra={
        // A choice only when there is more than the node's own input to show.
        upstream.length > (parents.length === 1 ? 1 : 0) && (
          <select
            aria-label="Input node"
            className="max-w-[11rem] truncate rounded border border-slate-300 px-1 py-0.5 text-[12px]"
            value={source ? source.id : ''}
            onChange={(e) => setChosen(e.target.value)}
            data-testid="input-node-select"
            title="Show the items of this node's input, or of any node further upstream"
          >
            <option value="">{ownLabel}</option>
            {upstream
              .filter((n) => !(parents.length === 1 && n.id === parents[0].id))
              .map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                  {n.distance > 1 ? ` (${n.distance} back)` : ''}
                </option>
              ))}
          </select>
        )
      }
      empty={
        source
          ? `No data from ${source.name} yet. Run the workflow, or pin data on it.`
          : input.source === 'none'
            ? 'No input yet. Connect a node before this one and run the workflow, or pin data on it.'
            : 'No items'
      }
      actions={badge && <span className={`rounded px-1.5 text-[11px] ${badge.cls}`}>{badge.text}</span>}
    />
  );
}
