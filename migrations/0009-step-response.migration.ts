import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The webhook answer of a Respond to Webhook step, kept on its step record. */
export class StepResponse1767225600009 implements MigrationInterface {
  name = 'StepResponse1767225600009';

  async up(db: QueryRunner): Promise<void> {
    await db.addColumn(
      'execution_steps',
      new TableColumn({ name: 'response', type: 'text', isNullable: true }),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.dropColumn('execution_steps', 'response');
  }
}
