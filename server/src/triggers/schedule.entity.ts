import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, TextColumn, TimeColumn } from '../db/columns';

/** A timed trigger of an active workflow: a cron schedule or a polling trigger's interval. */
@Entity('schedules')
@Index('idx_schedules_workflow', ['workflowId'])
export class ScheduleEntity {
  /** `<workflowId>:<nodeId>`. */
  @PrimaryColumn('varchar', { length: 300 }) id!: string;
  @IdColumn() workflowId!: string;
  @TextColumn(200) nodeId!: string;
  @TextColumn(16) kind!: 'cron' | 'poll';
  @TextColumn(100, { nullable: true }) cron!: string | null;
  @TextColumn(64, { nullable: true }) timezone!: string | null;
  @Column('integer', { nullable: true }) intervalMs!: number | null;
  @TimeColumn({ nullable: true }) lastFiredAt!: string | null;
}
