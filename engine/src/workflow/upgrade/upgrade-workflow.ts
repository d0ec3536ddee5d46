import { CURRENT_SCHEMA_VERSION } from '../workflow.schema';
import { problem, type Problem } from '../validation/problem';
import { schemaVersionOf, type UpgradeStep } from './upgrade-step';
import { UPGRADE_STEPS } from './upgrade-steps';

export interface UpgradeResult {
  /** The upgraded document (the input itself when nothing needed doing). */
  doc: unknown;
  /** Names of the steps applied, in order. */
  applied: string[];
  /** Why the document could not be brought to the current version. */
  problems: Problem[];
}

/**
 * Brings a workflow document to the current `schemaVersion` by applying the named upgrade steps
 * in turn. Never changes its input. Documents that are not objects, or whose `schemaVersion` is
 * not a number, are returned unchanged for validation to report.
 *
 * @example
 * const { doc, applied } = upgradeWorkflow(JSON.parse(text));
 * // applied: ['draft: add schemaVersion, positions [x, y] become { x, y }']
 */
export function upgradeWorkflow(
  input: unknown,
  steps: ReadonlyArray<UpgradeStep> = UPGRADE_STEPS,
  target: number = CURRENT_SCHEMA_VERSION,
): UpgradeResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return { doc: input, applied: [], problems: [] };
  let doc = input as Record<string, unknown>;
  const found = schemaVersionOf(doc);
  const applied: string[] = [];
  if (typeof found !== 'number' || !Number.isInteger(found)) return { doc, applied, problems: [] };
  let version = found;
  if (version > target) {
    const message = `this document has schemaVersion ${version}, but this version of AI-Now reads up to ${target}; upgrade AI-Now to open it`;
    return { doc, applied, problems: [problem('unsupported-schema-version', '$.schemaVersion', message)] };
  }
  while (version < target) {
    const step = steps.find((candidate) => candidate.from === version && candidate.to > candidate.from);
    if (!step) {
      const message = `no upgrade leads from schemaVersion ${version} to ${target}; this document cannot be read`;
      return { doc, applied, problems: [problem('unsupported-schema-version', '$.schemaVersion', message)] };
    }
    doc = { ...step.upgrade(structuredClone(doc)), schemaVersion: step.to };
    version = step.to;
    applied.push(step.name);
  }
  return { doc, applied, problems: [] };
}
