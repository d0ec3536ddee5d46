import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { validateWorkflow, type Problem, type Workflow, type WorkflowNode } from '@ainow/engine/workflow';
import type { CatalogIndex } from './catalog-index';
import { missingCredentialProblems } from './missing-credential-problems';
import { applyEditorChange, isEmptyChange, type EditorChange } from './editor-change';
import { syncFlow, type FlowEdge, type FlowNode } from './flow-sync';
import { EMPTY_RUN, type RunState } from './run-state';

/**
 * One store per editor instance (STYLE.md: React Flow's pattern), provided through context.
 * Every edit of the workflow goes through `apply(change)`: the change is applied by a pure
 * function, its inverse is recorded for undo, and the canvas, problems and dirty flag follow.
 *
 * @example
 * const store = createEditorStore({ workflow, catalog });
 * store.getState().apply({ type: 'moveNode', nodeId: 'set', position: { x: 300, y: 0 } });
 * store.getState().undo();
 */
export interface HistoryEntry {
  undo: EditorChange;
  redo: EditorChange;
  label?: string;
}

export interface PaletteRequest {
  /** Add the chosen node after this node's port and connect it. */
  after?: { nodeId: string; port: string };
  position?: { x: number; y: number };
}

export interface EditorState {
  workflow: Workflow;
  catalog: CatalogIndex;
  nodesById: Map<string, WorkflowNode>;
  flowNodes: FlowNode[];
  flowEdges: FlowEdge[];
  problems: Problem[];
  problemsByNode: Record<string, Problem[]>;
  past: HistoryEntry[];
  future: HistoryEntry[];
  dirty: boolean;
  readOnly: boolean;
  run: RunState;
  openNodeId: string | null;
  palette: PaletteRequest | null;
  toast: { kind: 'info' | 'error' | 'success'; message: string; at: number } | null;
  /** Ids of the credentials that exist on the server, once known (for "credential not found"). */
  credentialIds: ReadonlySet<string> | null;
  /** Runs started from this editor are dry runs: write and send nodes call nobody. */
  dryRun: boolean;
  /** Runs started from this editor are sandbox runs: every vendor is its local simulator. */
  sandbox: boolean;

  apply(change: EditorChange, options?: { record?: boolean; label?: string }): boolean;
  undo(): void;
  redo(): void;
  replaceWorkflow(workflow: Workflow, options?: { dirty?: boolean; keepHistory?: boolean }): void;
  markSaved(): void;
  onFlowNodesChange(changes: NodeChange<FlowNode>[]): void;
  select(ids: string[]): void;
  selectedIds(): string[];
  setRun(run: RunState | ((run: RunState) => RunState)): void;
  openNode(id: string | null): void;
  openPalette(request: PaletteRequest | null): void;
  notify(kind: 'info' | 'error' | 'success', message: string): void;
  setReadOnly(readOnly: boolean): void;
  setCredentialIds(ids: ReadonlySet<string>): void;
  setDryRun(dryRun: boolean): void;
  setSandbox(sandbox: boolean): void;
}

export type EditorStore = StoreApi<EditorState>;

function derive(workflow: Workflow, prev: Pick<EditorState, 'flowNodes' | 'flowEdges'>) {
  const { nodes, edges } = syncFlow(workflow, prev.flowNodes, prev.flowEdges);
  return {
    workflow,
    flowNodes: nodes,
    flowEdges: edges,
    nodesById: new Map(workflow.nodes.map((n) => [n.id, n])),
  };
}

export function createEditorStore(init: {
  workflow: Workflow;
  catalog: CatalogIndex;
  readOnly?: boolean;
}): EditorStore {
  let validateTimer: ReturnType<typeof setTimeout> | undefined;
  return createStore<EditorState>()((set, get) => {
    const validateSoon = () => {
      clearTimeout(validateTimer);
      validateTimer = setTimeout(() => {
        const { workflow, catalog, credentialIds } = get();
        const problems = [
          ...validateWorkflow(workflow, catalog.registry).problems,
          ...missingCredentialProblems(workflow, credentialIds),
        ];
        const problemsByNode: Record<string, Problem[]> = {};
        for (const p of problems) if (p.nodeId) (problemsByNode[p.nodeId] ??= []).push(p);
        set({ problems, problemsByNode });
      }, 120);
    };
    const commit = (workflow: Workflow, extra: Partial<EditorState>) => {
      set({ ...derive(workflow, get()), ...extra });
      validateSoon();
    };
    queueMicrotask(validateSoon);
    return {
      ...derive(init.workflow, { flowNodes: [], flowEdges: [] }),
      catalog: init.catalog,
      problems: [],
      problemsByNode: {},
      past: [],
      future: [],
      dirty: false,
      readOnly: init.readOnly ?? false,
      run: EMPTY_RUN,
      openNodeId: null,
      palette: null,
      toast: null,
      credentialIds: null,
      dryRun: false,
      sandbox: false,

      apply(change, options = {}) {
        const state = get();
        if (state.readOnly || isEmptyChange(change)) return false;
        try {
          const { workflow, inverse } = applyEditorChange(state.workflow, change);
          const record = options.record !== false;
          commit(workflow, {
            dirty: true,
            ...(record
              ? {
                  past: [...state.past.slice(-199), { undo: inverse, redo: change, label: options.label }],
                  future: [],
                }
              : {}),
          });
          return true;
        } catch (error) {
          get().notify('error', (error as Error).message);
          return false;
        }
      },
      undo() {
        const { past, future, workflow, readOnly } = get();
        const entry = past.at(-1);
        if (!entry || readOnly) return;
        const { workflow: next } = applyEditorChange(workflow, entry.undo);
        commit(next, { past: past.slice(0, -1), future: [...future, entry], dirty: true });
      },
      redo() {
        const { past, future, workflow, readOnly } = get();
        const entry = future.at(-1);
        if (!entry || readOnly) return;
        const { workflow: next, inverse } = applyEditorChange(workflow, entry.redo);
        commit(next, {
          past: [...past, { ...entry, undo: inverse }],
          future: future.slice(0, -1),
          dirty: true,
        });
      },
      replaceWorkflow(workflow, options = {}) {
        commit(workflow, {
          dirty: options.dirty ?? false,
          ...(options.keepHistory ? {} : { past: [], future: [] }),
        });
      },
      markSaved: () => set({ dirty: false }),
      onFlowNodesChange(changes) {
        const relevant = changes.filter((c) => c.type !== 'remove' && c.type !== 'add');
        if (relevant.length) set({ flowNodes: applyNodeChanges(relevant, get().flowNodes) });
      },
      select(ids) {
        const wanted = new Set(ids);
        set({
          flowNodes: get().flowNodes.map((n) =>
            !!n.selected === wanted.has(n.id) ? n : { ...n, selected: wanted.has(n.id) },
          ),
        });
      },
      selectedIds: () =>
        get()
          .flowNodes.filter((n) => n.selected)
          .map((n) => n.id),
      setRun: (run) => set({ run: typeof run === 'function' ? run(get().run) : run }),
      openNode: (id) => set({ openNodeId: id }),
      openPalette: (request) => set({ palette: request }),
      notify: (kind, message) => set({ toast: { kind, message, at: Date.now() } }),
      setReadOnly: (readOnly) => set({ readOnly }),
      setDryRun: (dryRun) => set({ dryRun }),
      setSandbox: (sandbox) => set({ sandbox }),
      setCredentialIds(ids) {
        set({ credentialIds: ids });
        validateSoon();
      },
    };
  });
}
