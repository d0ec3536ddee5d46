interface PendingWrite {
  /** The write's statements as one SQL text (literals inlined). */
  text: string;
  resolve(): void;
  reject(error: unknown): void;
}

/** Runs SQL text (simple protocol: several statements are one implicit transaction). */
export type RunSql = (text: string) => Promise<unknown>;

/**
 * Group commit for PostgreSQL: the writes asked for in one turn of the event loop travel as one
 * multi-statement query, which PostgreSQL runs as one transaction: one round trip, one commit
 * (one WAL flush) for all of them. A write's promise resolves only once that transaction has
 * committed. When the batch fails, each of its writes is tried again alone, so that only the
 * failing one rejects (they are tried in the order asked for, one after another, as
 * they would have run unbatched). At most `maxInFlight` batches run at once; writes asked for meanwhile wait
 * for the next batch (which grows with the load: classic group commit).
 *
 * @example
 * const batch = new PgWriteBatch((text) => dataSource.query(text));
 * await batch.write(`UPDATE "executions" SET "status" = 'running' WHERE "id" = 'r1'`);
 */
export class PgWriteBatch {
  private pending: PendingWrite[] = [];
  private scheduled = false;
  private inFlight = 0;

  constructor(
    private readonly run: RunSql,
    private readonly maxInFlight = 4,
    private readonly maxWrites = 200,
  ) {}

  write(text: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ text, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || !this.pending.length || this.inFlight >= this.maxInFlight) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (!this.pending.length || this.inFlight >= this.maxInFlight) return;
    const batch = this.pending.splice(0, this.maxWrites);
    this.inFlight++;
    this.schedule(); // more than maxWrites waiting: the next batch goes out beside this one
    try {
      await this.run(batch.map((w) => w.text).join(';\n'));
      for (const write of batch) write.resolve();
    } catch (error) {
      if (batch.length === 1) batch[0].reject(error);
      // One by one, in the order they were asked for: a later write may depend on an earlier one.
      else for (const w of batch) await this.run(w.text).then(w.resolve, w.reject);
    } finally {
      this.inFlight--;
      this.schedule();
    }
  }
}
