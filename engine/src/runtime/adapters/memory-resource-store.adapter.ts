import type { SavedResource } from '../../sdk/node-context';
import type { ResourceStore } from '../ports/resource-store.port';

/** Versioned resources in memory (tests, `ainow run`); the server keeps them in its database. */
export class MemoryResourceStore implements ResourceStore {
  private readonly versions = new Map<string, SavedResource[]>();

  async save(kind: string, name: string, data: unknown): Promise<SavedResource> {
    const key = `${kind}\u0000${name}`;
    const list = this.versions.get(key) ?? [];
    const saved: SavedResource = {
      id: `${kind}:${name}:${list.length + 1}`,
      kind,
      name,
      version: list.length + 1,
      data: structuredClone(data),
      createdAt: new Date().toISOString(),
    };
    list.push(saved);
    this.versions.set(key, list);
    return saved;
  }

  async load(kind: string, name: string, version?: number): Promise<SavedResource | undefined> {
    const list = this.versions.get(`${kind}\u0000${name}`) ?? [];
    const found = version === undefined ? list[list.length - 1] : list.find((r) => r.version === version);
    return found && structuredClone(found);
  }
}
