import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { json, text, time } from './columns';

/** Workflow variables (`$vars`). */
export class Variables1767225600007 implements MigrationInterface {
  name = 'Variables1767225600007';

  async up(db: QueryRunner): Promise<void> {
    await db.createTable(
      new Table({
        name: 'variables',
        columns: [text('key', 200, { isPrimary: true }), json('value'), time('updatedAt')],
      }),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.dropTable('variables');
  }
}
