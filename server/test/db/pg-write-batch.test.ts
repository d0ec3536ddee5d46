import { DataSource } from 'typeorm';
import { pgWrite } from '../../src/db/pg-direct';
import { inlineParams, pgLiteral } from '../../src/db/pg-literal';
import { PgWriteBatch } from '../../src/db/pg-write-batch';
import { PG_URL } from '../support/test-config';

/** Group commit on PostgreSQL: one multi-statement query per event-loop turn, each write still atomic and isolated. */
describe('PostgreSQL write batches', () => {
  const schema = `wb_${process.pid}_${Math.random().toString(36).slice(2, 6)}`;
  let ds: DataSource;
  beforeAll(async () => {
    ds = await new DataSource({ type: 'postgres', url: PG_URL, schema }).initialize();
    await ds.query(`CREATE SCHEMA "${schema}"`);
    await ds.query(`CREATE TABLE "${schema}"."t" ("id" integer PRIMARY KEY, "v" varchar(200) NOT NULL)`);
  });
  afterAll(async () => {
    await ds?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await ds?.destroy();
  });
  beforeEach(() => ds.query(`DELETE FROM "${schema}"."t"`));
  const insert = (id: number, v: string | null = 'x') => ({
    text: `INSERT INTO "${schema}"."t" ("id", "v") VALUES ($1, $2)`,
    params: [id, v],
  });
  const ids = async () =>
    ((await ds.query(`SELECT "id" FROM "${schema}"."t" ORDER BY "id"`)) as Array<{ id: number }>).map(
      (r) => r.id,
    );

  it.each([
    ['a quote', "it's", "'it''s'"],
    ['a backslash', 'C:\\temp', "E'C:\\\\temp'"],
    ['a number', 42.5, '42.5'],
    ['a boolean', true, 'TRUE'],
    ['null', null, 'NULL'],
    ['NaN', Number.NaN, undefined],
    ['a NUL character', 'nul\u0000byte', undefined],
    ['an object', { a: 1 }, undefined],
  ])('turns %s into the literal %p (undefined: send it as a parameter)', (_name, value, literal) => {
    expect(pgLiteral(value)).toBe(literal);
  });

  it('leaves placeholders inside quoted identifiers alone, and refuses a missing value', () => {
    expect(inlineParams('UPDATE "a$1" SET "v" = $1 WHERE "id" = $2', ['$2', 3])).toBe(
      `UPDATE "a$1" SET "v" = '$2' WHERE "id" = 3`,
    );
    expect(inlineParams('SELECT $1, $2', [1])).toBeUndefined();
  });

  it.each([
    ['quotes \' and "', 1],
    ['back\\slash \\n and \\\\', 2],
    ['$1 $2 and ;-- not SQL', 3],
    ['unicode é 漢字 🙂', 4],
    ['{"json":"with \\"escapes\\""}', 5],
  ])('stores %p exactly as a parameter would', async (text, id) => {
    await pgWrite(ds, [insert(id, text)]);
    const [row] = await ds.query(`SELECT "v" FROM "${schema}"."t" WHERE "id" = $1`, [id]);
    expect(row.v).toBe(text);
  });

  it('sends the writes of one turn as one query, committed when each promise resolves', async () => {
    const texts: string[] = [];
    const batch = new PgWriteBatch(async (text) => {
      texts.push(text);
      return ds.query(text);
    });
    const writes = [1, 2, 3].map((id) => batch.write(inlineParams(insert(id).text, insert(id).params)!));
    await writes[0];
    expect(await ids()).toEqual([1, 2, 3]);
    await Promise.all(writes);
    expect(texts).toHaveLength(1);
  });

  it('tries the writes of a failed batch again one at a time, in the order they were asked for', async () => {
    const events: string[] = [];
    const batch = new PgWriteBatch(async (text) => {
      if (text.includes(';')) throw new Error('batch failed');
      events.push(`start ${text}`);
      await new Promise((resolve) => setTimeout(resolve, 20 - Number(text) * 5));
      events.push(`end ${text}`);
      if (text === '2') throw new Error('write 2 failed');
    });
    const results = await Promise.allSettled(['1', '2', '3'].map((text) => batch.write(text)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it.each([
    ['a failing write', [[1], [2], [1], [3]], [1, 2, 3], [false, false, true, false]],
    ['a write whose second statement fails', [[4], [5, 4]], [4], [false, true]],
  ])('rolls back %s alone and rejects only its promise', async (_name, writes, kept, rejected) => {
    const results = await Promise.allSettled(
      writes.map((list) =>
        pgWrite(
          ds,
          list.map((id) => insert(id)),
        )!,
      ),
    );
    expect(results.map((r) => r.status === 'rejected')).toEqual(rejected);
    expect(await ids()).toEqual(kept);
  });

  it('leaves writes inside a TypeORM transaction, and values it cannot inline, to the caller', async () => {
    await ds.transaction(async (m) => expect(pgWrite(m, [insert(1)])).toBeUndefined());
    expect(pgWrite(ds, [{ text: insert(1).text, params: [1, { not: 'a string' }] }])).toBeUndefined();
  });
});
