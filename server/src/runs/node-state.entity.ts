import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../db/columns';

/** Key-value state of one node of one workflow, kept across runs (poll cursors, de-duplication). */
@Entity('node_state')
export class NodeStateEntity {
  @PrimaryColumn('varchar', { length: 300 }) workflowId!: string;
  @PrimaryColumn('varchar', { length: 200 }) nodeId!: string;
  @PrimaryColumn('varchar', { length: 200 }) key!: string;
  /** JSON. */
  @Column('text') value!: string;
  @TimeColumn() updatedAt!: string;
}
