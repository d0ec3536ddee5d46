/**
 * One named migration of the workflow document from one `schemaVersion` to the next
 * (DESIGN.md section 2). `upgrade` receives a private copy of the document and returns the
 * upgraded document; it never sees anything but plain JSON.
 *
 * @example
 * const step: UpgradeStep = {
 *   from: 1, to: 2, name: 'rename settings.timeout to timeoutMs',
 *   upgrade: (doc) => ({ ...doc, schemaVersion: 2 }),
 * };
 */
export interface UpgradeStep {
  from: number;
  to: number;
  name: string;
  upgrade(doc: Record<string, unknown>): Record<string, unknown>;
}

/** Version of a document: its `schemaVersion`, or 0 for drafts written before it existed. */
export function schemaVersionOf(doc: Record<string, unknown>): unknown {
  return 'schemaVersion' in doc ? doc.schemaVersion : 0;
}
