import type { DataSource } from 'typeorm';
import type { ResourceStore } from '@ainow/engine/runtime';
import type { SavedResource } from '@ainow/engine/sdk';
import { nowIso } from '../common/clock';
import { SavedResourceEntity } from './saved-resource.entity';

const toResource = (row: SavedResourceEntity): SavedResource => ({
  id: `${row.kind}:${row.name}:${row.version}`,
  kind: row.kind,
  name: row.name,
  version: row.version,
  data: JSON.parse(row.data) as unknown,
  createdAt: row.createdAt,
});

/**
 * Saved models and other versioned resources in the database. A save takes the next version of
 * its name inside a transaction; the primary key (kind, name, version) turns a concurrent save of
 * the same version into an error that is retried with the next number.
 *
 * @example
 * const saved = await new TypeOrmResourceStore(ds).save('leadScoreModel', 'Inbound', model);
 */
export class TypeOrmResourceStore implements ResourceStore {
  constructor(private readonly ds: DataSource) {}

  async save(kind: string, name: string, data: unknown): Promise<SavedResource> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.ds.transaction(async (tx) => {
          const repo = tx.getRepository(SavedResourceEntity);
          const latest = await repo.findOne({ where: { kind, name }, order: { version: 'DESC' } });
          const row = repo.create({
            kind,
            name,
            version: (latest?.version ?? 0) + 1,
            data: JSON.stringify(data ?? null),
            createdAt: nowIso(),
          });
          await repo.insert(row);
          return toResource(row);
        });
      } catch (error) {
        if (attempt >= 4) throw error;
      }
    }
  }

  async load(kind: string, name: string, version?: number): Promise<SavedResource | undefined> {
    const repo = this.ds.getRepository(SavedResourceEntity);
    const row =
      version === undefined
        ? await repo.findOne({ where: { kind, name }, order: { version: 'DESC' } })
        : await repo.findOneBy({ kind, name, version });
    return row ? toResource(row) : undefined;
  }
}
