import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { id, int, text, time } from './columns';

/** Webhook registrations and schedules (cron and polling) of active workflows. */
export class Triggers1767225600006 implements MigrationInterface {
  name = 'Triggers1767225600006';

  async up(db: QueryRunner): Promise<void> {
    await db.createTable(
      new Table({
        name: 'webhooks',
        columns: [
          text('method', 8, { isPrimary: true }),
          text('path', 300, { isPrimary: true }),
          id('workflowId'),
          text('nodeId', 200),
        ],
        indices: [{ name: 'idx_webhooks_workflow', columnNames: ['workflowId'] }],
      }),
    );
    await db.createTable(
      new Table({
        name: 'schedules',
        columns: [
          text('id', 300, { isPrimary: true }),
          id('workflowId'),
          text('nodeId', 200),
          text('kind', 16),
          text('cron', 100, { isNullable: true }),
          text('timezone', 64, { isNullable: true }),
          int('intervalMs', { isNullable: true }),
          time('lastFiredAt', true),
        ],
        indices: [{ name: 'idx_schedules_workflow', columnNames: ['workflowId'] }],
      }),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.dropTable('schedules');
    await db.dropTable('webhooks');
  }
}
