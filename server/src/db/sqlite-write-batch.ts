/** The part of a better-sqlite3 connection a write batch uses. */
export interface TransactionalDatabase {
  transaction(fn: () => void): () => void;
}

interface PendingWrite {
  work: () => void;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit for SQLite: writes asked for in the same turn of the event loop are applied
 * together in one transaction at the end of that turn (`setImmediate`), each inside a savepoint of
 * its own. A write's promise resolves only once the transaction holding it has committed, so a
 * caller that awaits its write has it stored exactly as with a commit of its own; a failing write
 * is rolled back alone and rejects alone. One commit per batch instead of one per write is most of
 * what SQLite costs a run (each commit appends every page it touched to the WAL).
 *
 * @example
 * const batch = new SqliteWriteBatch(connection);
 * await batch.write(() => insertStep.run(...values));
 */
export class SqliteWriteBatch {
  private pending: PendingWrite[] = [];
  private scheduled = false;

  constructor(private readonly db: TransactionalDatabase) {}

  write(work: () => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ work, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = [];
    const failed = new Map<PendingWrite, unknown>();
    try {
      if (batch.length === 1) this.db.transaction(batch[0].work)();
      else
        this.db.transaction(() => {
          for (const write of batch) {
            try {
              // Inside a transaction, better-sqlite3 runs a nested transaction as a savepoint.
              this.db.transaction(write.work)();
            } catch (error) {
              failed.set(write, error);
            }
          }
        })();
    } catch (error) {
      for (const write of batch) write.reject(error);
      return;
    }
    for (const write of batch) {
      if (failed.has(write)) write.reject(failed.get(write));
      else write.resolve();
    }
  }
}
