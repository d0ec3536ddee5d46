import type { DataSource } from 'typeorm';
import type { EffectLedger, LedgerEntry, LedgerKey } from '@ainow/engine/runtime';
import type { PortItems } from '@ainow/engine/workflow';
import { nowIso } from '../../common/clock';
import { EffectLedgerEntity } from '../../runs/effect-ledger.entity';

/**
 * The effect ledger in the database. `begin` writes `pending` before the vendor is called and
 * `complete` writes `done` with the output after; both are durable before they resolve, so a
 * worker that dies between them leaves `pending`, which the runtime never silently repeats.
 *
 * @example
 * const ledger = new TypeOrmEffectLedger(dataSource);
 * await ledger.begin({ runId, nodeId: 'send', runIndex: 0, itemIndex: 0 });
 */
export class TypeOrmEffectLedger implements EffectLedger {
  constructor(private readonly ds: DataSource) {}

  private get repo() {
    return this.ds.getRepository(EffectLedgerEntity);
  }

  async get(key: LedgerKey): Promise<LedgerEntry | undefined> {
    const row = await this.repo.findOneBy({ ...key });
    return row ? toEntry(row) : undefined;
  }

  async getMany(runId: string, nodeId: string, runIndex: number): Promise<Map<number, LedgerEntry>> {
    const rows = await this.repo.findBy({ runId, nodeId, runIndex });
    return new Map(rows.map((row) => [row.itemIndex, toEntry(row)]));
  }

  async begin(key: LedgerKey): Promise<void> {
    await this.repo.upsert({ ...key, status: 'pending', output: null, updatedAt: nowIso() }, [
      'runId',
      'nodeId',
      'runIndex',
      'itemIndex',
    ]);
  }

  async complete(key: LedgerKey, output: PortItems): Promise<void> {
    await this.repo.upsert({ ...key, status: 'done', output: JSON.stringify(output), updatedAt: nowIso() }, [
      'runId',
      'nodeId',
      'runIndex',
      'itemIndex',
    ]);
  }

  async release(key: LedgerKey): Promise<void> {
    await this.repo.delete({ ...key });
  }
}

function toEntry(row: EffectLedgerEntity): LedgerEntry {
  return row.status === 'done'
    ? { status: 'done', output: row.output ? (JSON.parse(row.output) as PortItems) : {} }
    : { status: 'pending' };
}
