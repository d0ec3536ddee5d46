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
 * together in one transaction at the end of that turn (`setImmediate`). A write's promise resolves
 * only once the transaction holding it has committed, so a caller that awaits its write has it
 * stored exactly as with a commit of its own. When a write fails, the batch is rolled back and
 * applied again with each write in a savepoint of its own, so that the failing write alone is
 * rolled back and rejects (the work of a write must therefore only run statements). One commit per batch instead of one per write is most of
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
    try {
      // Optimistic: every write in one transaction, no savepoints (they cost a quarter of a write).
      this.db.transaction(() => batch.forEach((write) => write.work()))();
      for (const write of batch) write.resolve();
    } catch (error) {
      // Something failed and nothing was written: again, each write in a savepoint of its own,
      // so that only the failing ones fail.
      if (batch.length === 1) batch[0].reject(error);
      else this.isolated(batch);
    }
  }

  private isolated(batch: PendingWrite[]): void {
    const failed = new Map<PendingWrite, unknown>();
    try {
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
