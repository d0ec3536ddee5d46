import type { Workflow } from '@ainow/engine/workflow';
import type { WorkflowRecord } from './records.types';

/**
 * A workflow as the server answers it, whether the document is nested (`{ id, workflow: {...} }`)
 * or the record is the document itself with extra fields (`{ id, name, nodes, ... }`).
 *
 * @example
 * toWorkflowRecord({ id: 'w1', name: 'A', nodes: [], connections: [], schemaVersion: 1 }).workflow.nodes; // []
 */
export function toWorkflowRecord(raw: unknown): WorkflowRecord {
  const r = (raw ?? {}) as Record<string, unknown>;
  const inner = r.document ?? r.workflow;
  const nested = inner && typeof inner === 'object' ? (inner as Workflow) : undefined;
  const doc: Workflow = nested ?? {
    schemaVersion: 1,
    name: String(r.name ?? 'Untitled'),
    nodes: (r.nodes as Workflow['nodes']) ?? [],
    connections: (r.connections as Workflow['connections']) ?? [],
    settings: (r.settings as Workflow['settings']) ?? {
      timezone: 'UTC',
      errorWorkflowId: null,
      timeoutMs: 300000,
    },
    ...(r.pinData ? { pinData: r.pinData as Workflow['pinData'] } : {}),
  };
  return {
    id: String(r.id),
    name: String(r.name ?? doc.name),
    active: r.active === true,
    tags: tagsOf(r.tags ?? (nested as { tags?: unknown } | undefined)?.tags),
    version: typeof r.version === 'number' ? r.version : 1,
    updatedAt: String(r.updatedAt ?? new Date().toISOString()),
    createdAt: r.createdAt ? String(r.createdAt) : undefined,
    workflow: { ...doc, schemaVersion: 1, name: doc.name ?? String(r.name ?? 'Untitled') },
  };
}

/** Tags live in the workflow document (`tags`, a field the schema keeps). */
export function tagsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
}
