import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Items per page */
export const ITEMS_PAGE_SIZE = 100;

/**
 * One page (up to 100 items) of one output port of one step. Items are stored apart from the step
 * so that a step with 50,000 items is read page by page, never as one giant blob.
 */
@Entity('execution_items')
export class ExecutionItemsEntity {
  @PrimaryColumn('varchar', { length: 80 }) executionId!: string;
  @PrimaryColumn('integer') stepIndex!: number;
  @PrimaryColumn('varchar', { length: 100 }) port!: string;
  @PrimaryColumn('integer') page!: number;
  @Column('integer') count!: number;
  /** JSON array of items. */
  @Column('text') items!: string;
}
