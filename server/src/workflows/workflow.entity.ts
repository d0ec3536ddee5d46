import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TextColumn, TimeColumn } from '../db/columns';

/** A workflow: its name, whether its triggers are on, and which saved version is current. */
@Entity('workflows')
export class WorkflowEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @TextColumn(200) name!: string;
  @Column('boolean') active!: boolean;
  /** The current (latest saved) version number, from 1. */
  @Column('integer') version!: number;
  @TimeColumn() createdAt!: string;
  @TimeColumn() updatedAt!: string;
}
