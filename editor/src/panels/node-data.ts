import { upstreamOf, type Workflow } from '@ainow/engine/workflow';
import type { Item } from '../api/records.types';
import type { EditorState } from '../store/editor-store';

export type DataSource = 'run' | 'pinned' | 'sample' | 'none';

/** Output items of a node by port: from the run shown, else its pinned data. */
export function outputOf(
  state: Pick<EditorState, 'run' | 'workflow'>,
  nodeId: string,
): { ports: Record<string, Item[]>; source: DataSource } {
  const step = state.run.steps[nodeId];
  if (step?.output && Object.keys(step.output).length) return { ports: step.output, source: 'run' };
  const pinned = state.workflow.pinData?.[nodeId];
  if (pinned) return { ports: { main: pinned as Item[] }, source: 'pinned' };
  return { ports: {}, source: 'none' };
}

/**
 * The items a node receives: from the run shown, else what its parents output (run or pinned),
 * else the parents' declared output samples, so fields can be mapped before anything ran.
 */
export function inputOf(
  state: Pick<EditorState, 'run' | 'workflow' | 'catalog'>,
  nodeId: string,
): { items: Item[]; source: DataSource; fromName?: string } {
  const step = state.run.steps[nodeId];
  if (step?.input && step.input.length) return { items: step.input, source: 'run' };
  const incoming = state.workflow.connections.filter((c) => c.to.node === nodeId);
  let source: DataSource = 'none';
  const items: Item[] = [];
  let fromName: string | undefined;
  for (const c of incoming) {
    const parent = state.workflow.nodes.find((n) => n.id === c.from.node);
    fromName ??= parent?.name;
    const out = outputOf(state, c.from.node);
    const list = out.ports[c.from.port ?? 'main'];
    if (list?.length) {
      items.push(...list);
      source = out.source;
      continue;
    }
    const sample = parent && state.catalog.describe(parent.type)?.outputSample;
    if (sample && source === 'none') {
      items.push({ json: sample });
      source = 'sample';
    }
  }
  return { items, source, fromName };
}

/** Names of the nodes upstream of a node, and their output items (for `$('Name')`). */
export function upstreamData(
  state: Pick<EditorState, 'run' | 'workflow' | 'catalog'>,
  nodeId: string,
): Record<string, Item[]> {
  const out: Record<string, Item[]> = {};
  const workflow: Workflow = state.workflow;
  for (const id of upstreamOf(workflow, nodeId)) {
    const node = workflow.nodes.find((n) => n.id === id);
    if (!node || id === nodeId) continue;
    const ports = outputOf(state, id).ports;
    const items = Object.values(ports).flat();
    const sample = state.catalog.describe(node.type)?.outputSample;
    out[node.name] = items.length ? items : sample ? [{ json: sample }] : [];
  }
  return out;
}

/** A node upstream of another, `distance` connections away (1: an immediate parent). */
export interface UpstreamNode {
  id: string;
  name: string;
  distance: number;
}

/**
 * Every node upstream of `nodeId`, nearest first (breadth-first against the connections), for
 * the input panel's node selector.
 *
 * @example
 * upstreamNodes(wf, 'if').map((n) => n.name); // ['Set', 'Manual trigger']
 */
export function upstreamNodes(workflow: Workflow, nodeId: string): UpstreamNode[] {
  const byId = new Map(workflow.nodes.map((n) => [n.id, n]));
  const seen = new Set([nodeId]);
  const out: UpstreamNode[] = [];
  let frontier = [nodeId];
  for (let distance = 1; frontier.length; distance++) {
    const next: string[] = [];
    for (const id of frontier)
      for (const c of workflow.connections) {
        if (c.to.node !== id || seen.has(c.from.node)) continue;
        seen.add(c.from.node);
        const node = byId.get(c.from.node);
        if (node) out.push({ id: node.id, name: node.name, distance });
        next.push(c.from.node);
      }
    frontier = next;
  }
  return out;
}

/**
 * Output items of any node by port, for the input panel showing a node further upstream: from
 * the run shown, else pinned data, else the node's declared output sample.
 */
export function itemsOfNode(
  state: Pick<EditorState, 'run' | 'workflow' | 'catalog'>,
  nodeId: string,
): { ports: Record<string, Item[]>; source: DataSource } {
  const out = outputOf(state, nodeId);
  if (out.source !== 'none') return out;
  const node = state.workflow.nodes.find((n) => n.id === nodeId);
  const sample = node && state.catalog.describe(node.type)?.outputSample;
  return sample ? { ports: { main: [{ json: sample }] }, source: 'sample' } : out;
}

/**
 * Whether a field dragged from `sourceId` is `$json` for `nodeId` (its only parent), or must name
 * the node: `$('Name').item.json…`.
 */
export function mapsAsJson(workflow: Workflow, nodeId: string, sourceId: string): boolean {
  const parents = new Set(workflow.connections.filter((c) => c.to.node === nodeId).map((c) => c.from.node));
  return parents.size === 1 && parents.has(sourceId);
}
