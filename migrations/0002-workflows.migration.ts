import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bool, id, int, json, text, time } from './columns';

/** Workflows and every saved version of them. */
export class Workflows1767225600002 implements MigrationInterface {
  name = 'Workflows1767225600002';

  async up(db: QueryRunner): Promise<void> {
    await db.createTable(
      new Table({
        name: 'workflows',
        columns: [
          id('id', true),
          text('name', 200),
          bool('active'),
          int('version'),
          time('createdAt'),
          time('updatedAt'),
        ],
      }),
    );
    await db.createTable(
      new Table({
        name: 'workflow_versions',
        columns: [
          id('workflowId', true),
          int('version', { isPrimary: true }),
          json('document'),
          time('createdAt'),
          { ...id('createdBy'), isNullable: true },
        ],
      }),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.dropTable('workflow_versions');
    await db.dropTable('workflows');
  }
}
