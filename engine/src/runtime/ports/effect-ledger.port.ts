import type { Item, PortItems } from '../../workflow/item';

/**
 * Port: the per-item effect ledger for `write` and `send` nodes (DESIGN.md section 3). Before a
 * node sends for an item the runtime calls `begin`; when the vendor accepted it, `complete` with
 * the item's output; when the call definitely failed, `release`. A resumed or retried run finds
 * `done` entries and reuses their output instead of calling the vendor again; a `pending` entry
 * (the worker died mid-call) is only retried for idempotent nodes.
 *
 * Keys: run id, node id, the node's run index (loops) and the item index.
 *
 * @example
 * const entry = await ledger.get({ runId, nodeId: 'send', runIndex: 0, itemIndex: 3 });
 */
export interface LedgerKey {
  runId: string;
  nodeId: string;
  runIndex: number;
  itemIndex: number;
}

export interface LedgerEntry {
  status: 'pending' | 'done';
  /** The item's output per port, for `done` entries. */
  output?: PortItems;
}

export interface EffectLedger {
  get(key: LedgerKey): Promise<LedgerEntry | undefined>;
  /** Reads every entry of one node step at once (resume). */
  getMany(runId: string, nodeId: string, runIndex: number): Promise<Map<number, LedgerEntry>>;
  begin(key: LedgerKey): Promise<void>;
  complete(key: LedgerKey, output: PortItems): Promise<void>;
  release(key: LedgerKey): Promise<void>;
}

export type { Item };
