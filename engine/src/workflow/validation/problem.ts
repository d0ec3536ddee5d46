/**
 * One thing wrong with a workflow document, as `validateWorkflow` reports it (DESIGN.md
 * section 2). `path` is a JSON path into the document, `message` is plain English that names the
 * node, `code` is stable so that callers can filter (the CLI sandbox and templates treat
 * `missing-credential` as a warning and run anyway).
 *
 * @example
 * const problem: Problem = {
 *   path: '$.connections[1].from.port', code: 'unknown-port', severity: 'error', nodeId: 'valid',
 *   message: "node 'Is valid?' port 'maybe' does not exist; ports are true, false",
 * };
 */
export type ProblemCode =
  /** The document does not have the shape of workflow format v1 (a zod issue). */
  | 'invalid-shape'
  /** `schemaVersion` is newer than this engine reads, or no upgrade step leads to the current one. */
  | 'unsupported-schema-version'
  | 'duplicate-node-id'
  | 'duplicate-node-name'
  | 'unknown-node-type'
  | 'unknown-node-version'
  /** A connection names a node id that is not in `nodes`. */
  | 'connection-missing-node'
  | 'unknown-port'
  | 'duplicate-connection'
  /** A cycle that no Loop node closes. */
  | 'cycle'
  | 'missing-parameter'
  /** A node definition's own `validate` reported something, or computing ports failed. */
  | 'invalid-parameter'
  | 'missing-credential'
  | 'wrong-credential-type'
  | 'unused-credential'
  /** `pinData` is kept for a node id that is not in `nodes`. */
  | 'pin-data-unknown-node';

/** Errors make a workflow invalid; warnings are worth showing but do not stop a run. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** JSON path into the document, e.g. `$.nodes[2].parameters.email`. */
  path: string;
  /** Plain English: what is wrong, where, and, when it helps, what to do. */
  message: string;
  /** The node the problem belongs to, when there is one. */
  nodeId?: string;
  code: ProblemCode;
  severity: Severity;
}

/** The codes reported as warnings; every other code is an error. */
export const WARNING_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'missing-credential',
  'duplicate-connection',
  'unused-credential',
  'pin-data-unknown-node',
]);

/** Builds a problem, taking its severity from its code. */
export function problem(code: ProblemCode, path: string, message: string, nodeId?: string): Problem {
  const severity: Severity = WARNING_CODES.has(code) ? 'warning' : 'error';
  return nodeId === undefined ? { path, message, code, severity } : { path, message, nodeId, code, severity };
}
