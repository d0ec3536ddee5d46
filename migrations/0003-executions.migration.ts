import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { bool, id, int, json, text, time } from './columns';

/** Runs, their steps, and the steps' items page by page. */
export class Executions1767225600003 implements MigrationInterface {
  name = 'Executions1767225600003';

  async up(db: QueryRunner): Promise<void> {
    await db.createTable(
      new Table({
        name: 'executions',
        columns: [
          id('id', true),
          id('workflowId'),
          int('workflowVersion'),
          text('workflowName', 200),
          text('status', 16),
          text('mode', 16),
          time('createdAt'),
          time('startedAt', true),
          time('finishedAt', true),
          time('waitUntil', true),
          json('error', true),
          json('options'),
          text('resumeToken', 64, { isNullable: true }),
          { ...id('retryOf'), isNullable: true },
          int('attempts', { default: 0 }),
        ],
        indices: [
          { name: 'idx_executions_workflow', columnNames: ['workflowId', 'createdAt'] },
          { name: 'idx_executions_status', columnNames: ['status', 'createdAt'] },
          { name: 'idx_executions_created', columnNames: ['createdAt'] },
        ],
      }),
    );
    await db.createTable(
      new Table({
        name: 'execution_steps',
        columns: [
          text('executionId', 80, { isPrimary: true }),
          int('index', { isPrimary: true }),
          text('nodeId', 200),
          text('nodeName', 200),
          text('nodeType', 200),
          int('runIndex'),
          text('status', 16),
          time('startedAt'),
          time('finishedAt'),
          { name: 'durationMs', type: 'real' },
          int('itemsIn'),
          json('itemsOut'),
          json('input'),
          json('error', true),
          int('retries', { default: 0 }),
          json('logs'),
          time('waitUntil', true),
          bool('pinned'),
          bool('dryRun'),
        ],
      }),
    );
    await db.createTable(
      new Table({
        name: 'execution_items',
        columns: [
          text('executionId', 80, { isPrimary: true }),
          int('stepIndex', { isPrimary: true }),
          text('port', 100, { isPrimary: true }),
          int('page', { isPrimary: true }),
          int('count'),
          json('items'),
        ],
      }),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.dropTable('execution_items');
    await db.dropTable('execution_steps');
    await db.dropTable('executions');
  }
}
