import { useCallback, useRef, useState, type DragEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeTypes,
} from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import type { EditorChange } from '../store/editor-change';
import { useEditor, useEditorStore } from '../store/EditorStoreContext';
import type { FlowEdge, FlowNode } from '../store/flow-sync';
import { STICKY_PREFIX, stickyNotesOf } from '../store/sticky-note';
import { addNodeChange } from './add-node-change';
import { StickyNoteView } from './StickyNoteView';
import { WorkflowNodeView } from './WorkflowNodeView';

/** Defined once, outside any component (React Flow re-mounts nodes when this map changes). */
const nodeTypes: NodeTypes = { workflowNode: WorkflowNodeView, sticky: StickyNoteView };
export const NODE_DRAG_TYPE = 'application/x-ainow-node-type';
/**
 * Above this many nodes only the visible ones are rendered. Below it every node stays mounted:
 * panning then only moves the viewport, with no React work per frame.
 */
const VIRTUALISE_ABOVE = 600;

/** The canvas: React Flow bound to the editor store. Edits become undoable workflow changes. */
export function Canvas() {
  const store = useEditorStore();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const { nodes, edges, readOnly } = useEditor(
    useShallow((s) => ({ nodes: s.flowNodes, edges: s.flowEdges, readOnly: s.readOnly })),
  );
  const wrapper = useRef<HTMLDivElement>(null);
  // Fit once on open when there is something to fit; an empty canvas keeps its viewport while building.
  const [fitOnOpen] = useState(() => nodes.length > 0);

  const onConnect = useCallback(
    (c: Connection) => {
      store.getState().apply(
        {
          type: 'connect',
          connection: {
            from: { node: c.source, port: c.sourceHandle ?? 'main' },
            to: { node: c.target, port: c.targetHandle ?? 'main' },
          },
        },
        { label: 'Connect' },
      );
    },
    [store],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length)
        store.setState({ flowEdges: applyEdgeChanges(selects, store.getState().flowEdges) });
    },
    [store],
  );
  const onNodeDragStop = useCallback(
    (_e: unknown, _node: FlowNode, dragged: FlowNode[]) => {
      const state = store.getState();
      const changes: EditorChange[] = [];
      let notes = stickyNotesOf(state.workflow);
      let notesMoved = false;
      for (const n of dragged) {
        const position = { x: Math.round(n.position.x), y: Math.round(n.position.y) };
        if (n.id.startsWith(STICKY_PREFIX)) {
          notes = notes.map((note) =>
            note.id === n.id.slice(STICKY_PREFIX.length) ? { ...note, position } : note,
          );
          notesMoved = true;
        } else {
          const node = state.nodesById.get(n.id);
          if (node && (node.position.x !== position.x || node.position.y !== position.y))
            changes.push({ type: 'moveNode', nodeId: n.id, position });
        }
      }
      if (notesMoved) changes.push({ type: 'setWorkflowField', key: 'stickyNotes', value: notes });
      if (changes.length) state.apply({ type: 'editorBatch', changes }, { label: 'Move' });
    },
    [store],
  );
  const onDrop = useCallback(
    (e: DragEvent) => {
      const type = e.dataTransfer.getData(NODE_DRAG_TYPE);
      if (!type) return;
      e.preventDefault();
      const state = store.getState();
      const desc = state.catalog.describe(type);
      if (!desc || state.readOnly) return;
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const { change, id } = addNodeChange(state.workflow, state.catalog, desc, {
        position: { x: p.x - 95, y: p.y - 36 },
      });
      if (state.apply(change, { label: `Add ${desc.displayName}` })) state.select([id]);
    },
    [store, flow],
  );

  return (
    <div
      ref={wrapper}
      className="h-full w-full"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(NODE_DRAG_TYPE)) {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }
      }}
      onDrop={onDrop}
      data-testid="canvas"
    >
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={(changes) => store.getState().onFlowNodesChange(changes)}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={(_e, n) => !n.id.startsWith(STICKY_PREFIX) && store.getState().openNode(n.id)}
        isValidConnection={(c) => c.source !== c.target}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Control', 'Meta']}
        onlyRenderVisibleElements={nodes.length > VIRTUALISE_ABOVE}
        minZoom={0.1}
        maxZoom={2}
        fitView={fitOnOpen}
        fitViewOptions={{ padding: 0.25, maxZoom: 1 }}
        defaultEdgeOptions={{ type: 'default' }}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
        <MiniMap
          pannable
          zoomable
          ariaLabel="Mini map of the workflow"
          nodeColor={(n) => (n.type === 'sticky' ? '#fde68a' : '#6366f1')}
          maskColor="rgba(241,245,249,0.7)"
        />
        <Controls showInteractive={false} aria-label="Zoom controls" />
      </ReactFlow>
    </div>
  );
}
