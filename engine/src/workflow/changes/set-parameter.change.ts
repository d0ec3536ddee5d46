import { parameterPath } from '../parameters/parameter-path';
import type { Workflow } from '../workflow.schema';
import { noChange, type ChangeResult, type SetParameterChange } from './workflow-change';
import { WorkflowChangeError, requireNode } from './workflow-change-error';
import { replaceNode } from './replace-node';

type Container = Record<string | number, unknown> | unknown[];

/**
 * Sets one parameter by dotted path, creating objects (or arrays, before a numeric key) on the
 * way; `value: undefined` removes the parameter (an array entry is spliced out). The inverse
 * restores exactly what was there, removing whatever the change created.
 *
 * @example
 * setParameter(workflow, { type: 'setParameter', nodeId: 'set', path: 'fields.0.value', value: '{{ $json.email }}' });
 */
export function setParameter(workflow: Workflow, change: SetParameterChange): ChangeResult {
  const node = requireNode(workflow.nodes, change.nodeId, 'setParameter');
  const path = parameterPath(change.path);
  if (path.length === 0 || path.some((key) => key === '')) {
    throw new WorkflowChangeError(
      'invalid-change',
      `setParameter on '${node.name}': '${String(change.path)}' is not a parameter path`,
    );
  }
  const found = inspect(node.parameters, path);
  if (change.value === undefined && !found.exists) return { workflow, inverse: noChange() };
  const lastIsIndex = typeof path[path.length - 1] === 'number';
  const insert = change.insert === true && change.value !== undefined && lastIsIndex;
  const parameters = setIn(node.parameters, path, change.value, insert) as Record<string, unknown>;
  const undoPath = found.undoPath;
  const inverse: SetParameterChange = insert
    ? {
        type: 'setParameter',
        nodeId: node.id,
        path: undoPath,
        value: undoPath.length === path.length ? undefined : found.oldValue,
      }
    : change.value === undefined && lastIsIndex
      ? { type: 'setParameter', nodeId: node.id, path, value: found.oldValue, insert: true }
      : { type: 'setParameter', nodeId: node.id, path: undoPath, value: found.oldValue };
  return { workflow: replaceNode(workflow, node, { ...node, parameters }), inverse };
}

/**
 * Whether the whole path exists, and what undoing a set means: the shortest path whose old value
 * (possibly absent) brings everything back, with that value.
 */
function inspect(
  root: unknown,
  path: Array<string | number>,
): { exists: boolean; undoPath: Array<string | number>; oldValue: unknown } {
  let current: unknown = root;
  for (let depth = 0; depth < path.length; depth++) {
    const key = path[depth];
    const undoPath = path.slice(0, depth + 1);
    if (Array.isArray(current) && typeof key === 'number' && key > current.length) {
      throw new WorkflowChangeError(
        'invalid-change',
        `setParameter: index ${key} is past the end of '${path.slice(0, depth).join('.')}' (length ${current.length})`,
      );
    }
    if (!isContainer(current) || !Object.prototype.hasOwnProperty.call(current, key)) {
      return { exists: false, undoPath, oldValue: undefined };
    }
    const value = (current as Record<string | number, unknown>)[key];
    if (depth < path.length - 1 && !isContainer(value)) return { exists: false, undoPath, oldValue: value };
    current = value;
  }
  return { exists: true, undoPath: path, oldValue: current };
}

function setIn(container: unknown, path: Array<string | number>, value: unknown, insert: boolean): unknown {
  const [key, ...rest] = path;
  const base: Container = isContainer(container) ? container : key === 0 ? [] : {};
  const copy: Container = Array.isArray(base) ? [...base] : { ...base };
  const child =
    rest.length === 0 ? value : setIn((base as Record<string | number, unknown>)[key], rest, value, insert);
  if (insert && rest.length === 0 && Array.isArray(copy) && typeof key === 'number')
    copy.splice(key, 0, child);
  else if (child === undefined && Array.isArray(copy) && typeof key === 'number') copy.splice(key, 1);
  else if (child === undefined) delete (copy as Record<string | number, unknown>)[key];
  else (copy as Record<string | number, unknown>)[key] = child;
  return copy;
}

function isContainer(value: unknown): value is Container {
  return value !== null && typeof value === 'object';
}
