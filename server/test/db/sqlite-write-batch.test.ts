import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteWriteBatch } from '../../src/db/sqlite-write-batch';

/** The part of better-sqlite3 (which ships no types) these tests use. */
interface SqliteDb {
  pragma(sql: string): unknown;
  exec(sql: string): void;
  prepare(sql: string): { run(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] };
  transaction(fn: () => void): () => void;
  inTransaction: boolean;
  close(): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Database = require('better-sqlite3') as new (
  file: string,
  options?: { readonly?: boolean },
) => SqliteDb;

/** Group commit: writes of one event-loop turn share a commit, yet each is atomic and durable on its own. */
describe('SqliteWriteBatch', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'ainow-batch-')), 'db.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  /** Another connection, as another process would read the file: it sees committed rows only. */
  const reader = new Database(file, { readonly: true });
  const committed = () =>
    (reader.prepare('SELECT id FROM t ORDER BY id').all() as Array<{ id: number }>).map((r) => r.id);
  const insert = db.prepare('INSERT INTO t (id, v) VALUES (?, ?)');
  const batch = new SqliteWriteBatch(db);
  afterAll(() => {
    reader.close();
    db.close();
  });
  beforeEach(() => db.exec('DELETE FROM t'));

  it('commits the writes of one turn together and resolves each once it is committed', async () => {
    let commits = 0;
    const transaction = db.transaction.bind(db);
    const spy = jest.spyOn(db, 'transaction').mockImplementation((fn: () => void) => {
      if (!db.inTransaction) commits++;
      return transaction(fn);
    });
    const writes = [1, 2, 3].map((id) => batch.write(() => void insert.run(id, 'x')));
    expect(committed()).toEqual([]); // nothing is written before the end of the turn
    await writes[0];
    expect(committed()).toEqual([1, 2, 3]);
    await Promise.all(writes);
    expect(commits).toBe(1);
    spy.mockRestore();
  });

  it.each([
    ['a failing write', [[1], [2], [1], [3]], [1, 2, 3], [false, false, true, false]],
    ['a write whose second statement fails', [[4], [5, 4]], [4], [false, true]],
  ])('rolls back %s alone and rejects only its promise', async (_name, writes, kept, rejected) => {
    // Each write inserts its ids in order; an id already there fails (primary key).
    const results = await Promise.allSettled(
      writes.map((ids) => batch.write(() => ids.forEach((id) => insert.run(id, 'x')))),
    );
    expect(results.map((r) => r.status === 'rejected')).toEqual(rejected);
    expect(committed()).toEqual(kept);
  });

  it('rejects every write of a batch whose commit fails', async () => {
    const failing = new SqliteWriteBatch({
      transaction: () => () => {
        throw new Error('disk I/O error');
      },
    });
    const results = await Promise.allSettled([
      failing.write(() => undefined),
      failing.write(() => undefined),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
