import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { id, json, text, time } from './columns';

/** Encrypted credentials. */
export class Credentials1767225600005 implements MigrationInterface {
  name = 'Credentials1767225600005';

  async up(db: QueryRunner): Promise<void> {
    await db.createTable(
      new Table({
        name: 'credentials',
        columns: [
          id('id', true),
          text('name', 200),
          text('type', 100),
          json('data'),
          json('rateLimit', true),
          { ...id('createdBy'), isNullable: true },
          time('createdAt'),
          time('updatedAt'),
        ],
      }),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.dropTable('credentials');
  }
}
