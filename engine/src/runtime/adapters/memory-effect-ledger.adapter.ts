import type { PortItems } from '../../workflow/item';
import type { EffectLedger, LedgerEntry, LedgerKey } from '../ports/effect-ledger.port';

const keyOf = (k: LedgerKey) => `${k.runId}|${k.nodeId}|${k.runIndex}|${k.itemIndex}`;

/** In-memory effect ledger; the server keeps the same records in its database. */
export class MemoryEffectLedger implements EffectLedger {
  readonly entries = new Map<string, LedgerEntry>();

  async get(key: LedgerKey): Promise<LedgerEntry | undefined> {
    return this.entries.get(keyOf(key));
  }

  async getMany(runId: string, nodeId: string, runIndex: number): Promise<Map<number, LedgerEntry>> {
    const prefix = `${runId}|${nodeId}|${runIndex}|`;
    const found = new Map<number, LedgerEntry>();
    for (const [key, entry] of this.entries) {
      if (key.startsWith(prefix)) found.set(Number(key.slice(prefix.length)), entry);
    }
    return found;
  }

  async begin(key: LedgerKey): Promise<void> {
    this.entries.set(keyOf(key), { status: 'pending' });
  }

  async complete(key: LedgerKey, output: PortItems): Promise<void> {
    this.entries.set(keyOf(key), { status: 'done', output });
  }

  async release(key: LedgerKey): Promise<void> {
    this.entries.delete(keyOf(key));
  }
}
