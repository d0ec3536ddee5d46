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
