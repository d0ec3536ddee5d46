import type { Connection, Position, Workflow, WorkflowNode } from '../workflow.schema';

/**
 * Edits of a workflow as plain data (DESIGN.md section 2, STYLE.md: React Flow's changes). The
 * editor records them, the server can replay them, and each one is applied by a pure function
 * that returns a new workflow together with the change that undoes it.
 *
 * @example
 * const { workflow: next, inverse } = applyChange(workflow, { type: 'moveNode', nodeId: 'verify', position: { x: 300, y: 0 } });
 * const { workflow: back } = applyChange(next, inverse); // back deep-equals workflow
 */
export type WorkflowChange =
  | AddNodeChange
  | RemoveNodeChange
  | RenameNodeChange
  | ConnectChange
  | DisconnectChange
  | SetParameterChange
  | MoveNodeChange
  | UpdateNodeChange
  | BatchChange;

/** A node as a caller may write it: `position` and `parameters` may be left out. */
export type NewNode = Omit<WorkflowNode, 'position' | 'parameters'> & {
  position?: Position;
  parameters?: Record<string, unknown>;
};

/** One end of a connection; `port` defaults to `main`. */
export interface EndpointRef {
  node: string;
  port?: string;
}

export interface ConnectionRef {
  from: EndpointRef;
  to: EndpointRef;
  [extra: string]: unknown;
}

export type PinnedItems = NonNullable<Workflow['pinData']>[string];

/** Adds a node (at `index` in `nodes`, default last), with pinned data if given. */
export interface AddNodeChange {
  type: 'addNode';
  node: NewNode;
  index?: number;
  pinData?: PinnedItems;
}

/** Removes a node with its connections and pinned data. */
export interface RemoveNodeChange {
  type: 'removeNode';
  nodeId: string;
}

/** Renames a node and rewrites `$('Old')`, `$node["Old"]` and template `nodes.[Old]` in every node's parameters. */
export interface RenameNodeChange {
  type: 'renameNode';
  nodeId: string;
  name: string;
}

/** Adds a connection (at `index` in `connections`, default last) unless the same one exists. */
export interface ConnectChange {
  type: 'connect';
  connection: ConnectionRef;
  index?: number;
}

/** Removes the connection with the same nodes and ports, if there is one. */
export interface DisconnectChange {
  type: 'disconnect';
  connection: ConnectionRef;
}

/** Sets a parameter by dotted path (`'options.limit'`, `'fields.0.name'`); `undefined` removes it. */
export interface SetParameterChange {
  type: 'setParameter';
  nodeId: string;
  path: string | ReadonlyArray<string | number>;
  value: unknown;
  /** When the last key is an array index: insert before it instead of replacing the entry. */
  insert?: boolean;
}

export interface MoveNodeChange {
  type: 'moveNode';
  nodeId: string;
  position: Position;
}

/** Node settings other than its id and name; a key set to `undefined` removes that setting. */
export type NodePatch = Partial<
  Pick<
    WorkflowNode,
    | 'type'
    | 'version'
    | 'credentials'
    | 'retry'
    | 'onError'
    | 'alwaysRun'
    | 'disabled'
    | 'notes'
    | 'parameters'
    | 'position'
  >
> &
  Record<string, unknown>;

/** Sets node settings such as `credentials`, `onError`, `retry`, `disabled` or `notes`. */
export interface UpdateNodeChange {
  type: 'updateNode';
  nodeId: string;
  patch: NodePatch;
}

/** Several changes applied in order as one (one undo step); its inverse undoes them in reverse. */
export interface BatchChange {
  type: 'batch';
  changes: WorkflowChange[];
}

/** The new workflow and the change that turns it back into the old one. */
export interface ChangeResult {
  workflow: Workflow;
  inverse: WorkflowChange;
}

/** A change that changes nothing: the inverse of a change that had nothing to do. */
export function noChange(): BatchChange {
  return { type: 'batch', changes: [] };
}

export function toConnection(ref: ConnectionRef): Connection {
  return {
    ...ref,
    from: { ...ref.from, node: ref.from.node, port: ref.from.port ?? 'main' },
    to: { ...ref.to, node: ref.to.node, port: ref.to.port ?? 'main' },
  };
}

export function sameConnection(a: ConnectionRef, b: ConnectionRef): boolean {
  return (
    a.from.node === b.from.node &&
    (a.from.port ?? 'main') === (b.from.port ?? 'main') &&
    a.to.node === b.to.node &&
    (a.to.port ?? 'main') === (b.to.port ?? 'main')
  );
}
