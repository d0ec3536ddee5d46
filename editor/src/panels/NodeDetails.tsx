import { useCallback, useEffect, useMemo, useState } from 'react';
import { parametersWithDefaults } from '@ainow/engine/workflow';

type PropMap = Parameters<typeof parametersWithDefaults>[0];
import { useEditor, useEditorStore } from '../store/EditorStoreContext';
import { ParameterContext, type ParameterContextValue } from '../fields/ParameterContext';
import { ParameterField, isShown } from '../fields/ParameterField';
import { fieldPaths } from '../expressions/data-paths';
import type { Item } from '../api/records.types';
import { api } from '../api/api';
import { DataPanel } from './DataPanel';
import { InputPanel } from './InputPanel';
import { inputOf, outputOf, upstreamData } from './node-data';
import { NodeSettingsTab } from './NodeSettingsTab';
import { PinDataEditor } from './PinDataEditor';
import { WebhookUrls } from './WebhookUrls';
import { testStepLabel } from '../run/run-options';
import { CredentialPicker } from './CredentialPicker';

/**
 * The node details view: input items on the left (drag fields from here), the node's form in
 * the middle (drawn from its declaration), output items on the right with pinning.
 */
export function NodeDetails({
  onRun,
}: {
  onRun(destinationNodeId?: string, options?: { listen?: boolean }): void;
}) {
  const store = useEditorStore();
  const nodeId = useEditor((s) => s.openNodeId)!;
  const node = useEditor((s) => s.nodesById.get(nodeId));
  const desc = useEditor((s) => (node ? s.catalog.describe(node.type) : undefined));
  const readOnly = useEditor((s) => s.readOnly);
  const problems = useEditor((s) => s.problemsByNode[nodeId]);
  const run = useEditor((s) => s.run);
  const workflow = useEditor((s) => s.workflow);
  const dryRun = useEditor((s) => s.dryRun);
  const sandbox = useEditor((s) => s.sandbox);
  const [tab, setTab] = useState<'parameters' | 'settings'>('parameters');
  const [port, setPort] = useState<string>('');
  const [editPin, setEditPin] = useState(false);
  const [loadingAll, setLoadingAll] = useState(false);
  const close = useCallback(() => store.getState().openNode(null), [store]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) =>
      e.key === 'Escape' &&
      !e.defaultPrevented &&
      !document.querySelector('[role="dialog"][aria-modal="true"]') &&
      close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);
  const input = useMemo(
    () => inputOf({ run, workflow, catalog: store.getState().catalog }, nodeId),
    [run, workflow, nodeId, store],
  );
  const output = useMemo(() => outputOf({ run, workflow }, nodeId), [run, workflow, nodeId]);
  const upstream = useMemo(
    () => upstreamData({ run, workflow, catalog: store.getState().catalog }, nodeId),
    [run, workflow, nodeId, store],
  );
  // Ports in the node's declared order (true before false), then any others the run reported.
  const declared = node ? store.getState().catalog.portsOf(node).outputs : [];
  const outPorts = [
    ...declared.filter((p) => p in output.ports),
    ...Object.keys(output.ports).filter((p) => !declared.includes(p)),
  ];
  const shownPort = outPorts.includes(port) ? port : (outPorts[0] ?? 'main');
  const outItems: Item[] = output.ports[shownPort] ?? [];
  const values = useMemo(
    () => (node && desc ? parametersWithDefaults(desc.props as unknown as PropMap, node.parameters) : {}),
    [node, desc],
  );
  const ctx: ParameterContextValue | null = useMemo(() => {
    if (!node || !desc) return null;
    return {
      nodeId,
      nodeType: node.type,
      nodeVersion: node.version,
      credentialId: desc.credential ? node.credentials?.[desc.credential.type] : undefined,
      readOnly,
      problems: problems ?? [],
      values,
      completions: {
        jsonPaths: fieldPaths(input.items).map((f) => f.path),
        nodeNames: Object.keys(upstream),
        nodeFields: Object.fromEntries(
          Object.entries(upstream).map(([name, items]) => [
            name,
            fieldPaths(items)
              .filter((f) => f.depth === 0)
              .map((f) => f.path),
          ]),
        ),
      },
      preview: {
        item: input.items[0],
        itemIndex: 0,
        items: input.items,
        nodes: upstream,
        workflow: { id: workflow.id, name: workflow.name },
      },
      set: (path, value) =>
        store.getState().apply({ type: 'setParameter', nodeId, path, value }, { label: `Edit ${node.name}` }),
    };
  }, [
    node,
    desc,
    nodeId,
    readOnly,
    problems,
    values,
    input.items,
    upstream,
    workflow.id,
    workflow.name,
    store,
  ]);
  if (!node) return null;
  const pinned = !!workflow.pinData?.[nodeId];
  const setPin = (items: Item[] | undefined) => {
    const pinData = { ...(workflow.pinData ?? {}) };
    if (items) pinData[nodeId] = items as never;
    else delete pinData[nodeId];
    store.getState().apply(
      {
        type: 'setWorkflowField',
        key: 'pinData',
        value: Object.keys(pinData).length ? pinData : undefined,
      },
      { label: items ? 'Pin data' : 'Unpin data' },
    );
  };
  const isTrigger = desc ? desc.inputs.length === 0 : false;
  // The server sends the first items of each port with the run; the rest load on request.
  const step = run.steps[nodeId];
  const total = step?.itemsOut?.[shownPort] ?? outItems.length;
  const partial =
    output.source === 'run' && total > outItems.length && step?.index !== undefined && !!run.runId;
  const loadAll = async () => {
    if (!step || step.index === undefined || !run.runId) return;
    setLoadingAll(true);
    try {
      const items = await api.executions.allItems(run.runId, step.index, shownPort);
      store.getState().setRun((r) => {
        const s = r.steps[nodeId];
        return s
          ? { ...r, steps: { ...r.steps, [nodeId]: { ...s, output: { ...s.output, [shownPort]: items } } } }
          : r;
      });
    } catch (e) {
      store.getState().notify('error', `Could not load the items: ${(e as Error).message}`);
    } finally {
      setLoadingAll(false);
    }
  };
  return (
    <div
      className="fixed inset-0 z-40 flex flex-col bg-slate-900/40 p-4"
      role="region"
      aria-label={`Node ${node.name}`}
      data-testid="node-details"
    >
      <div className="flex min-h-0 flex-1 flex-col overflow-hidden rounded-xl bg-slate-100 shadow-2xl">
        <div className="flex items-center gap-3 border-b border-slate-200 bg-white px-4 py-2.5">
          <button type="button" className="btn-secondary" onClick={close} aria-label="Back to canvas">
            ← Back to canvas
          </button>
          <h1 className="truncate text-[15px] font-semibold text-slate-900">{node.name}</h1>
          {desc?.displayName !== node.name && (
            <span className="text-[12px] text-slate-500">
              {desc?.displayName ?? `${node.type} (not installed)`}
            </span>
          )}
          {desc?.docsUrl && (
            <a
              className="text-[12px] text-indigo-700 underline"
              href={desc.docsUrl}
              target="_blank"
              rel="noreferrer"
            >
              Docs
            </a>
          )}
          <div className="ml-auto flex gap-2">
            {!readOnly && (
              <button
                type="button"
                className={dryRun ? 'btn-primary !bg-amber-600 hover:!bg-amber-700' : 'btn-primary'}
                onClick={() => onRun(nodeId)}
                data-testid="run-step"
                title={
                  [
                    dryRun && 'Dry run: write and send nodes will not call anyone',
                    sandbox && 'Sandbox: vendors are replaced by local simulators',
                  ]
                    .filter(Boolean)
                    .join('. ') || undefined
                }
              >
                {testStepLabel({ dryRun, sandbox })}
              </button>
            )}
          </div>
        </div>
        <div
          className={`grid min-h-0 flex-1 gap-px bg-slate-200 ${isTrigger ? 'grid-cols-[minmax(360px,1.1fr)_1fr]' : 'grid-cols-[1fr_minmax(360px,1.1fr)_1fr]'}`}
        >
          {!isTrigger && <InputPanel nodeId={nodeId} input={input} draggable={!readOnly} />}
          <section className="flex min-h-0 flex-col bg-white" aria-label="Parameters">
            <div className="flex border-b border-slate-200 px-3" role="tablist">
              {(['parameters', 'settings'] as const).map((t) => (
                <button
                  key={t}
                  type="button"
                  role="tab"
                  aria-selected={tab === t}
                  onClick={() => setTab(t)}
                  className={`-mb-px border-b-2 px-3 py-2 text-[13px] capitalize ${tab === t ? 'border-indigo-600 font-semibold text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
                >
                  {t}
                </button>
              ))}
            </div>
            <div className="min-h-0 flex-1 overflow-y-auto p-4">
              {tab === 'settings' ? (
                <NodeSettingsTab nodeId={nodeId} />
              ) : !desc || !ctx ? (
                <p className="text-sm text-red-700">
                  Node type {node.type} is not installed on this server; its parameters cannot be edited.
                </p>
              ) : (
                <ParameterContext.Provider value={ctx}>
                  {desc.description && <p className="mb-4 text-[12px] text-slate-500">{desc.description}</p>}
                  {desc.trigger?.kind === 'webhook' && (
                    <WebhookUrls node={node} onListen={() => onRun(nodeId, { listen: true })} />
                  )}
                  {desc.credential && (
                    <CredentialPicker node={node} credential={desc.credential} problems={problems ?? []} />
                  )}
                  {Object.entries(desc.props).map(([name, prop]) =>
                    isShown(prop, values) ? (
                      <ParameterField
                        key={name}
                        name={name}
                        prop={prop}
                        value={node.parameters[name]}
                        path={[name]}
                      />
                    ) : null,
                  )}
                  {Object.keys(desc.props).length === 0 && (
                    <p className="text-[13px] text-slate-500">This node has no parameters.</p>
                  )}
                  {(problems ?? [])
                    .filter((p) => !p.path.includes('.parameters.'))
                    .map((p) => (
                      <p
                        key={p.path + p.code}
                        role="alert"
                        className={`mt-2 text-[12px] ${p.severity === 'error' ? 'text-red-700' : 'text-amber-700'}`}
                      >
                        ⚠ {p.message}
                      </p>
                    ))}
                </ParameterContext.Provider>
              )}
            </div>
          </section>
          <DataPanel
            title="Output"
            testId="output-panel"
            items={outItems}
            ports={outPorts}
            port={shownPort}
            onPort={setPort}
            notice={
              step?.dryRun && (
                <p
                  className="border-b border-amber-200 bg-amber-50 px-3 py-1.5 text-[12px] text-amber-900"
                  data-testid="dry-run-output-note"
                >
                  ⊘ Dry run: this node called nobody. The items show what it would have sent.
                </p>
              )
            }
            empty={
              run.steps[nodeId]?.status === 'failed'
                ? `Failed: ${run.steps[nodeId]?.error?.message ?? ''}`
                : 'No output yet. Click “Test step” to run the workflow up to this node.'
            }
            actions={
              !readOnly && (
                <div className="flex gap-1">
                  {partial && (
                    <button
                      type="button"
                      className="btn-secondary !py-0.5 text-[12px]"
                      onClick={() => void loadAll()}
                      data-testid="load-all-items"
                    >
                      {loadingAll ? 'Loading…' : `Load all ${total}`}
                    </button>
                  )}
                  {pinned && (
                    <span className="rounded bg-indigo-50 px-1.5 text-[11px] text-indigo-700">● Pinned</span>
                  )}
                  {!pinned && outItems.length > 0 && (
                    <button
                      type="button"
                      className="btn-secondary !py-0.5 text-[12px]"
                      onClick={() => setPin(outItems)}
                    >
                      Pin
                    </button>
                  )}
                  <button
                    type="button"
                    className="btn-secondary !py-0.5 text-[12px]"
                    onClick={() => setEditPin(true)}
                  >
                    {pinned ? 'Edit pinned' : 'Set test data'}
                  </button>
                  {pinned && (
                    <button
                      type="button"
                      className="btn-secondary !py-0.5 text-[12px]"
                      onClick={() => setPin(undefined)}
                    >
                      Unpin
                    </button>
                  )}
                </div>
              )
            }
          />
        </div>
      </div>
      {editPin && (
        <PinDataEditor
          initial={(workflow.pinData?.[nodeId] as Item[] | undefined) ?? outItems}
          onClose={() => setEditPin(false)}
          onSave={(items) => {
            setPin(items);
            setEditPin(false);
          }}
        />
      )}
    </div>
  );
}
