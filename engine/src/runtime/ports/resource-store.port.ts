import type { SavedResource } from '../../sdk/node-context';

/**
 * Port: named, versioned resources that nodes save and load, such as trained lead-score models
 * (credential-like: kept by the server, chosen by name). Every `save` of a name makes a new
 * version (1, 2, ...); `load` without a version returns the newest.
 *
 * @example
 * const saved = await resources.save('leadScoreModel', 'Inbound 2026', model); // { version: 1, ... }
 * const latest = await resources.load('leadScoreModel', 'Inbound 2026');
 */
export interface ResourceStore {
  save(kind: string, name: string, data: unknown): Promise<SavedResource>;
  load(kind: string, name: string, version?: number): Promise<SavedResource | undefined>;
}
