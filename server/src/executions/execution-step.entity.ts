import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { InputSegment, StepError, StepLog, StepStatus } from '@ainow/engine/runtime';
import { JsonColumn, TextColumn, TimeColumn } from '../db/columns';

/** One node step of a run, written when the step ends; its items are in `execution_items`. */
@Entity('execution_steps')
export class ExecutionStepEntity {
  @PrimaryColumn('varchar', { length: 80 }) executionId!: string;
  @PrimaryColumn('integer') index!: number;
  @TextColumn(200) nodeId!: string;
  @TextColumn(200) nodeName!: string;
  @TextColumn(200) nodeType!: string;
  @Column('integer') runIndex!: number;
  @TextColumn(16) status!: StepStatus;
  @TimeColumn() startedAt!: string;
  @TimeColumn() finishedAt!: string;
  @Column('real') durationMs!: number;
  @Column('integer') itemsIn!: number;
  @JsonColumn() itemsOut!: Record<string, number>;
  @JsonColumn() input!: Record<string, InputSegment[]>;
  @JsonColumn({ nullable: true }) error!: StepError | null;
  @Column('integer', { default: 0 }) retries!: number;
  @JsonColumn() logs!: StepLog[];
  @TimeColumn({ nullable: true }) waitUntil!: string | null;
  @Column('boolean') pinned!: boolean;
  @Column('boolean') dryRun!: boolean;
  /** The webhook answer a Respond to Webhook step gave. */
  @JsonColumn({ nullable: true }) response!: {
    status: number;
    headers: Record<string, string>;
    body: string;
  } | null;
}
