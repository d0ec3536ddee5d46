import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bool, id, text, time } from './columns';

/** Users, sessions and API keys. */
export class Auth1767225600001 implements MigrationInterface {
  name = 'Auth1767225600001';

  async up(db: QueryRunner): Promise<void> {
    await db.createTable(
      new Table({
        name: 'users',
        columns: [
          id('id', true),
          text('email', 254),
          text('passwordHash', 200),
          text('role', 16),
          bool('disabled'),
          time('createdAt'),
        ],
        indices: [{ name: 'idx_users_email', columnNames: ['email'], isUnique: true }],
      }),
    );
    await db.createTable(
      new Table({
        name: 'sessions',
        columns: [text('id', 64, { isPrimary: true }), id('userId'), time('expiresAt'), time('createdAt')],
        indices: [{ name: 'idx_sessions_user', columnNames: ['userId'] }],
      }),
    );
    await db.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          id('id', true),
          id('userId'),
          text('label', 100),
          text('keyHash', 64),
          text('prefix', 16),
          time('createdAt'),
          time('lastUsedAt', true),
        ],
        indices: [{ name: 'idx_api_keys_hash', columnNames: ['keyHash'], isUnique: true }],
      }),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.dropTable('api_keys');
    await db.dropTable('sessions');
    await db.dropTable('users');
  }
}
