import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { int, json, text, time } from './columns';

/** Named, versioned resources nodes save (trained lead-score models). */
export class SavedResources1767225600010 implements MigrationInterface {
  name = 'SavedResources1767225600010';

  async up(db: QueryRunner): Promise<void> {
    await db.createTable(
      new Table({
        name: 'saved_resources',
        columns: [
          text('kind', 100, { isPrimary: true }),
          text('name', 200, { isPrimary: true }),
          int('version', { isPrimary: true }),
          json('data'),
          time('createdAt'),
        ],
      }),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.dropTable('saved_resources');
  }
}
