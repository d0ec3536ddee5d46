import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { api } from '../api/api';
import { useCredentialsCache } from '../api/credentials-cache';
import type { WorkflowRecord } from '../api/records.types';
import { Canvas } from '../canvas/Canvas';
import { useCanvasClipboard } from '../canvas/useCanvasClipboard';
import { useCanvasKeyboard } from '../canvas/useCanvasKeyboard';
import type { CommandContext } from '../commands/command';
import { NodeDetails } from '../panels/NodeDetails';
import { Palette } from '../palette/Palette';
import { startRun } from '../run/start-run';
import { indexCatalog, type CatalogIndex } from '../store/catalog-index';
import { createEditorStore, type EditorStore } from '../store/editor-store';
import { EditorStoreProvider, useEditor } from '../store/EditorStoreContext';
import { runStateOf } from '../store/run-state';
import type { FlowEdge, FlowNode } from '../store/flow-sync';
import { Toast } from '../ui/Toast';
import { EditorTopBar } from './EditorTopBar';
import { DryRunNotice } from './DryRunNotice';
import { SandboxNotice } from './SandboxNotice';
import { RunBanner } from './RunBanner';
import { ExecutionsDrawer } from './ExecutionsDrawer';
import { ShortcutsHelp } from './ShortcutsHelp';

let catalogPromise: Promise<CatalogIndex> | null = null;
export function loadCatalog(): Promise<CatalogIndex> {
  catalogPromise ??= api
    .nodeTypes()
    .then(indexCatalog)
    .catch((e) => {
      catalogPromise = null;
      throw e;
    });
  return catalogPromise;
}

/** `#/workflows/:id` (editable) or `#/workflows/:id/executions/:runId` (a past run, read-only). */
export function EditorPage({
  workflowId,
  executionId,
  viewOnly,
}: {
  workflowId: string;
  executionId?: string;
  /** Viewers may look but not change or run. */
  viewOnly?: boolean;
}) {
  // What was loaded, for which route: another route shows "Loading…" until its own load is done.
  const routeKey = `${workflowId}/${executionId ?? ''}/${viewOnly ? 'view' : 'edit'}`;
  const [loaded, setLoaded] = useState<{ key: string; store: EditorStore; record: WorkflowRecord } | null>(
    null,
  );
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [catalog, record] = await Promise.all([loadCatalog(), api.workflows.get(workflowId)]);
      if (executionId) {
        const execution = await api.executions.get(executionId);
        // The run used a saved version: draw that one, not today's.
        const workflow =
          execution.workflow ??
          (execution.workflowVersion && execution.workflowVersion !== record.version
            ? await api.workflows.version(workflowId, execution.workflowVersion).catch(() => record.workflow)
            : record.workflow);
        const store = createEditorStore({ workflow, catalog, readOnly: true });
        store.getState().setRun(runStateOf(execution));
        if (!cancelled) setLoaded({ key: routeKey, store, record });
        return;
      }
      if (!cancelled)
        setLoaded({
          key: routeKey,
          store: createEditorStore({ workflow: record.workflow, catalog, readOnly: viewOnly }),
          record,
        });
    })().catch((e) => !cancelled && setFailed({ key: routeKey, message: (e as Error).message }));
    return () => {
      cancelled = true;
    };
  }, [workflowId, executionId, viewOnly, routeKey]);
  const error = failed?.key === routeKey ? failed.message : null;
  if (error)
    return (
      <div className="p-8 text-red-700" role="alert">
        Could not open the workflow: {error}
      </div>
    );
  if (!loaded || loaded.key !== routeKey)
    return (
      <div className="p-8 text-slate-500" role="status">
        Loading workflow…
      </div>
    );
  return (
    <EditorStoreProvider store={loaded.store}>
      <ReactFlowProvider>
        <EditorShell store={loaded.store} initialRecord={loaded.record} executionId={executionId} />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}

function EditorShell({
  store,
  initialRecord,
  executionId,
}: {
  store: EditorStore;
  initialRecord: WorkflowRecord;
  executionId?: string;
}) {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [record, setRecord] = useState(initialRecord);
  const [help, setHelp] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const openNodeId = useEditor((s) => s.openNodeId);
  const readOnly = useEditor((s) => s.readOnly);
  const saving = useRef<Promise<WorkflowRecord | null> | null>(null);

  const save = useCallback(async (): Promise<WorkflowRecord | null> => {
    const state = store.getState();
    if (state.readOnly) return record;
    if (saving.current) return saving.current;
    const snapshot = state.workflow;
    saving.current = api.workflows
      .update(record.id, snapshot)
      .then((saved) => {
        setRecord(saved);
        if (store.getState().workflow === snapshot) store.getState().markSaved();
        store.getState().notify('success', `Saved (version ${saved.version})`);
        return saved;
      })
      .catch((e) => {
        store.getState().notify('error', `Could not save: ${(e as Error).message}`);
        return null;
      })
      .finally(() => {
        saving.current = null;
      });
    return saving.current;
  }, [store, record]);

  const run = useCallback(
    async (destinationNodeId?: string, options: { listen?: boolean } = {}) => {
      if (store.getState().dirty && !(await save())) return;
      await startRun(store, record.id, {
        destinationNodeId,
        listen: options.listen,
        dryRun: store.getState().dryRun,
        sandbox: store.getState().sandbox,
      });
    },
    [store, record.id, save],
  );

  const contextRef = useRef<CommandContext>(null!);
  // Commands and keyboard handlers read the latest callbacks through this ref (set after each render).
  useLayoutEffect(() => {
    contextRef.current = {
      store,
      flow,
      run: (id) => void run(id),
      save: () => void save(),
      showHelp: () => setHelp(true),
    };
  });
  const getContext = useCallback(() => contextRef.current, []);
  useCanvasKeyboard(getContext, !openNodeId);
  useCanvasClipboard(store, getContext);
  // Credential ids that exist here, so that nodes naming a missing one are flagged.
  useEffect(() => {
    const apply = (list: { id: string }[]) =>
      store.getState().setCredentialIds(new Set(list.map((c) => c.id)));
    const cache = useCredentialsCache.getState();
    if (cache.loaded) apply(cache.list);
    else void cache.reload().catch(() => undefined);
    return useCredentialsCache.subscribe((s) => s.loaded && apply(s.list));
  }, [store]);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (store.getState().dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);
  const shell = useMemo(() => ({ record, setRecord }), [record]);

  return (
    <div className="flex h-full flex-col">
      <EditorTopBar
        record={shell.record}
        setRecord={shell.setRecord}
        executionId={executionId}
        onSave={() => void save()}
        onRun={() => void run()}
        onHelp={() => setHelp(true)}
        onExecutions={() => setDrawer((d) => !d)}
        getContext={getContext}
      />
      <div className="flex min-h-0 flex-1">
        {!readOnly && <Palette />}
        <main className="relative min-w-0 flex-1" aria-label="Workflow canvas">
          <Canvas />
          <RunBanner />
          <div className="pointer-events-none absolute left-3 top-3 z-10 flex flex-col gap-2 [&>*]:pointer-events-auto">
            <DryRunNotice />
            <SandboxNotice />
          </div>
        </main>
        {drawer && <ExecutionsDrawer workflowId={record.id} onClose={() => setDrawer(false)} />}
      </div>
      {openNodeId && <NodeDetails onRun={(id, options) => void run(id, options)} />}
      {help && <ShortcutsHelp onClose={() => setHelp(false)} />}
      <Toast />
    </div>
  );
}
