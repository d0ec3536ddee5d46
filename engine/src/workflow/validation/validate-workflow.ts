import {
  connectionSchema,
  workflowNodeSchema,
  workflowSchema,
  workflowSettingsSchema,
  type Workflow,
} from '../workflow.schema';
import { upgradeWorkflow } from '../upgrade/upgrade-workflow';
import { createCheckContext, type WorkflowCheck } from './check-context';
import { checkConnections } from './connection.check';
import { checkCredentials } from './credentials.check';
import { checkCycles } from './cycle.check';
import { checkNodeIdentity } from './node-identity.check';
import { checkNodeTypes } from './node-type.check';
import type { NodeRegistryLike } from './node-registry-like';
import { checkParameters } from './parameters.check';
import { checkPinData } from './pin-data.check';
import type { Problem } from './problem';
import { shapeProblems } from './shape-problems';

export interface ValidationResult {
  /** True when no problem is an error (warnings such as a missing credential are allowed). */
  ok: boolean;
  /** The upgraded, parsed workflow (defaults applied, unknown fields kept) when its shape is right. */
  workflow?: Workflow;
  /** Every problem found, errors and warnings. */
  problems: Problem[];
}

/** Checks in the order their problems are listed. Those that need definitions skip nodes without one. */
const CHECKS: ReadonlyArray<WorkflowCheck> = [
  checkNodeIdentity,
  checkNodeTypes,
  checkConnections,
  checkCycles,
  checkParameters,
  checkCredentials,
  checkPinData,
];

/**
 * Validates a workflow document and returns every problem at once (DESIGN.md section 2). The
 * document is first upgraded to the current `schemaVersion`. Shape problems come from the zod
 * schema; when the shape is wrong, nodes and connections that are fine on their own are still
 * checked. With a registry, node types, ports, cycles, parameters and credentials are checked
 * too; without one, only the structure.
 *
 * @example
 * const { ok, workflow, problems } = validateWorkflow(JSON.parse(text), registry);
 * for (const p of problems) console.error(`${p.severity} ${p.path}: ${p.message}`);
 */
export function validateWorkflow(doc: unknown, registry?: NodeRegistryLike): ValidationResult {
  const upgraded = upgradeWorkflow(doc);
  const problems: Problem[] = [...upgraded.problems];
  const parsed = workflowSchema.safeParse(upgraded.doc);
  const indexOf = new Map<object, number>();
  let workflow: Workflow;
  if (parsed.success) {
    workflow = parsed.data;
    workflow.nodes.forEach((node, index) => indexOf.set(node, index));
    workflow.connections.forEach((connection, index) => indexOf.set(connection, index));
  } else {
    const versionReported = upgraded.problems.length > 0;
    const issues = parsed.error.issues.filter(
      (issue) => !(versionReported && issue.path[0] === 'schemaVersion'),
    );
    problems.push(...shapeProblems(upgraded.doc, issues));
    workflow = partialWorkflow(upgraded.doc, indexOf);
  }
  const ctx = createCheckContext(workflow, registry, indexOf);
  for (const check of CHECKS) problems.push(...check(ctx));
  return {
    ok: problems.every((p) => p.severity !== 'error'),
    ...(parsed.success ? { workflow: parsed.data } : {}),
    problems,
  };
}

/** The nodes and connections that parse on their own, remembering where each one was. */
function partialWorkflow(doc: unknown, indexOf: Map<object, number>): Workflow {
  const record = doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
  const keep = <T extends object>(
    list: unknown,
    parse: (value: unknown) => { success: boolean; data?: T },
  ): T[] => {
    if (!Array.isArray(list)) return [];
    const out: T[] = [];
    list.forEach((value, index) => {
      const result = parse(value);
      if (!result.success || !result.data) return;
      indexOf.set(result.data, index);
      out.push(result.data);
    });
    return out;
  };
  const pinData = record.pinData !== null && typeof record.pinData === 'object' ? record.pinData : {};
  return {
    schemaVersion: 1,
    name: typeof record.name === 'string' ? record.name : '',
    nodes: keep(record.nodes, (value) => workflowNodeSchema.safeParse(value)),
    connections: keep(record.connections, (value) => connectionSchema.safeParse(value)),
    settings: workflowSettingsSchema.parse({}),
    pinData: Object.fromEntries(Object.keys(pinData).map((id) => [id, []])),
  };
}
