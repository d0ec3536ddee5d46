import { memo, useEffect, useMemo, useRef } from 'react';
import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { useEditor, useEditorStore } from '../store/EditorStoreContext';
import type { FlowNode } from '../store/flow-sync';
import { CATEGORY_LOOK, markOf } from './node-look';
import { holdsInDryRun } from '../run/dry-run';
import { NodeStatus } from './NodeStatus';

const ROW = 26;
const TOP = 40;

/**
 * One workflow node on the canvas. Memoised, and reads its own node, ports, step and problems
 * from the store, so that editing one node re-renders only that node.
 */
function WorkflowNodeViewInner({ id, selected }: NodeProps<FlowNode>) {
  const store = useEditorStore();
  const node = useEditor((s) => s.nodesById.get(id));
  const desc = useEditor((s) => (node ? s.catalog.describe(node.type) : undefined));
  const catalog = useEditor((s) => s.catalog);
  // Ports are computed from the node itself (Switch rules); recomputed only when the node changes.
  const ports = useMemo(() => (node ? catalog.portsOf(node) : { inputs: [], outputs: [] }), [node, catalog]);
  // Handles change with the node (Switch rules, the error port): React Flow must re-measure them.
  const updateNodeInternals = useUpdateNodeInternals();
  const portKey = `${ports.inputs.join(',')}|${ports.outputs.join(',')}`;
  const measuredPorts = useRef(portKey);
  useEffect(() => {
    // React Flow measures a node when it mounts; only later port changes need a re-measure.
    if (measuredPorts.current === portKey) return;
    measuredPorts.current = portKey;
    updateNodeInternals(id);
  }, [id, portKey, updateNodeInternals]);
  const step = useEditor((s) => s.run.steps[id]);
  const problems = useEditor((s) => s.problemsByNode[id]);
  const readOnly = useEditor((s) => s.readOnly);
  const pinned = useEditor((s) => !!s.workflow.pinData?.[id]);
  const dryRunOn = useEditor((s) => s.dryRun && !s.readOnly);
  if (!node) return null;
  const look = CATEGORY_LOOK[desc?.category ?? 'Utility'];
  const rows = Math.max(ports.outputs.length, ports.inputs.length, 1);
  const height = Math.max(62, TOP + rows * ROW - 4);
  const errors = problems?.filter((p) => p.severity === 'error') ?? [];
  const warnings = problems?.filter((p) => p.severity === 'warning') ?? [];
  const isTrigger = ports.inputs.length === 0;
  const stateClass =
    step?.status === 'failed'
      ? 'border-red-500'
      : step?.status === 'success'
        ? step.dryRun
          ? 'border-amber-500 border-dashed'
          : 'border-emerald-500'
        : step?.status === 'running'
          ? 'border-indigo-500 node-running'
          : look.ring;
  return (
    <div
      className={`group relative w-[190px] rounded-lg border-2 bg-white shadow-sm transition-shadow ${stateClass} ${selected ? 'ring-2 ring-indigo-500 ring-offset-2' : ''} ${node.disabled ? 'opacity-55' : ''} ${isTrigger ? 'rounded-l-[22px]' : ''}`}
      style={{ height }}
      data-testid="canvas-node"
      role="group"
      data-node-name={node.name}
      data-status={step?.status ?? 'idle'}
      data-dry-run={step?.dryRun ? 'true' : undefined}
      aria-label={`${node.name} (${desc?.displayName ?? node.type})${step ? `, ${step.status}` : ''}${errors.length ? `, ${errors.length} problem(s)` : ''}`}
    >
      <div className="flex items-center gap-2 px-2.5 pt-2">
        <span
          className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-md text-[11px] font-bold ${look.tile}`}
          aria-hidden
        >
          {markOf(desc?.displayName ?? node.type)}
        </span>
        <div className="min-w-0 flex-1">
          <div className="truncate text-[13px] font-semibold leading-tight text-slate-900" title={node.name}>
            {node.name}
          </div>
          {desc?.displayName !== node.name && (
            <div className="truncate text-[11px] leading-tight text-slate-500">
              {desc?.displayName ?? `${node.type} (not installed)`}
            </div>
          )}
        </div>
        {(errors.length > 0 || warnings.length > 0) && (
          <span
            className={`rounded px-1 text-[11px] font-semibold ${errors.length ? 'bg-red-100 text-red-700' : 'bg-amber-100 text-amber-800'}`}
            title={[...errors, ...warnings].map((p) => p.message).join('\n')}
            aria-label={`${errors.length + warnings.length} problem(s): ${[...errors, ...warnings].map((p) => p.message).join('; ')}`}
            data-testid="node-warning"
          >
            ⚠ {errors.length + warnings.length}
          </span>
        )}
      </div>
      <NodeStatus
        step={step}
        disabled={node.disabled}
        pinned={pinned}
        wontSend={dryRunOn && holdsInDryRun(desc, node)}
      />
      {ports.inputs.map((port, i) => (
        <Handle
          key={`in-${port}`}
          id={port}
          type="target"
          position={Position.Left}
          style={{ top: ports.inputs.length === 1 ? height / 2 : TOP + i * ROW }}
          className="port-handle"
          title={`input ${port}`}
        >
          {ports.inputs.length > 1 && <span className="port-label port-label-in">{port}</span>}
        </Handle>
      ))}
      {ports.outputs.map((port, i) => {
        const top = ports.outputs.length === 1 ? height / 2 : TOP + i * ROW;
        const count = step?.itemsOut?.[port];
        return (
          <div key={`out-${port}`}>
            <Handle
              id={port}
              type="source"
              position={Position.Right}
              style={{ top }}
              className={`port-handle ${port === 'error' ? 'port-error' : ''}`}
              title={`output ${port}`}
            >
              {(ports.outputs.length > 1 || port !== 'main') && (
                <span
                  className={`port-label port-label-out ${port === 'error' ? 'text-red-600' : port === 'true' ? 'text-emerald-700' : port === 'false' ? 'text-slate-600' : ''}`}
                >
                  {port}
                  {count !== undefined ? ` · ${count}` : ''}
                </span>
              )}
            </Handle>
            {!readOnly && (
              <button
                type="button"
                className="nodrag add-after absolute flex h-5 w-5 items-center justify-center rounded-full border border-slate-300 bg-white text-xs leading-none text-slate-600 opacity-0 shadow-sm hover:border-indigo-500 hover:text-indigo-600 focus:opacity-100 group-hover:opacity-100"
                style={{
                  top: top - 10,
                  left: `calc(100% + ${addButtonOffset(port, ports.outputs.length, count)}px)`,
                }}
                aria-label={`Add a node after ${node.name} (${port})`}
                title={`Add a node after the ${port} output`}
                data-testid="add-after"
                onClick={(e) => {
                  e.stopPropagation();
                  store.getState().openPalette({ after: { nodeId: id, port } });
                }}
              >
                +
              </button>
            )}
          </div>
        );
      })}
    </div>
  );
}

export const WorkflowNodeView = memo(WorkflowNodeViewInner);

/** Where the "+" of an output sits: just past the port's label (text width estimated). */
function addButtonOffset(port: string, outputs: number, count: number | undefined): number {
  const labelled = outputs > 1 || port !== 'main';
  if (!labelled) return 14;
  const text = `${port}${count !== undefined ? ` · ${count}` : ''}`;
  return 22 + Math.ceil(text.length * 6.2) + 6;
}
