import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { json, text, time } from './columns';

/** Per-node state kept across runs (poll cursors, de-duplication). */
export class NodeState1767225600008 implements MigrationInterface {
  name = 'NodeState1767225600008';

  async up(db: QueryRunner): Promise<void> {
    await db.createTable(
      new Table({
        name: 'node_state',
        columns: [
          text('workflowId', 300, { isPrimary: true }),
          text('nodeId', 200, { isPrimary: true }),
          text('key', 200, { isPrimary: true }),
          json('value'),
          time('updatedAt'),
        ],
      }),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.dropTable('node_state');
  }
}
