import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { int, json, text, time } from './columns';

/** The per-item ledger of `write` and `send` steps (no item is sent twice). */
export class EffectLedger1767225600004 implements MigrationInterface {
  name = 'EffectLedger1767225600004';

  async up(db: QueryRunner): Promise<void> {
    await db.createTable(
      new Table({
        name: 'effect_ledger',
        columns: [
          text('runId', 80, { isPrimary: true }),
          text('nodeId', 200, { isPrimary: true }),
          int('runIndex', { isPrimary: true }),
          int('itemIndex', { isPrimary: true }),
          text('status', 16),
          json('output', true),
          time('updatedAt'),
        ],
      }),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.dropTable('effect_ledger');
  }
}
