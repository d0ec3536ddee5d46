import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Item } from '@ainow/engine/workflow';
import { IdColumn, JsonColumn, TextColumn, TimeColumn } from '../db/columns';

export type ExecutionStatus = 'queued' | 'running' | 'waiting' | 'success' | 'failed' | 'cancelled';
export const FINISHED: ExecutionStatus[] = ['success', 'failed', 'cancelled'];

/** What a run was started with; kept so that a worker can (re)start it from ids alone. */
export interface ExecutionOptions {
  triggerItems?: Item[];
  startNodeId?: string;
  destinationNodeId?: string;
  dryRun?: boolean;
  sandbox?: boolean;
  /** Set when the run was started by a webhook that waits for its answer. */
  webhookResponse?: 'lastNode' | 'respondNode';
  /** Set for error-workflow runs: the run that failed. */
  errorOf?: string;
}

/** A run of a workflow version (DESIGN.md section 3); its steps are rows of `execution_steps`. */
@Entity('executions')
@Index('idx_executions_workflow', ['workflowId', 'createdAt'])
@Index('idx_executions_status', ['status', 'createdAt'])
@Index('idx_executions_created', ['createdAt'])
export class ExecutionEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @IdColumn() workflowId!: string;
  @Column('integer') workflowVersion!: number;
  @TextColumn(200) workflowName!: string;
  @TextColumn(16) status!: ExecutionStatus;
  @TextColumn(16) mode!: string;
  @TimeColumn() createdAt!: string;
  @TimeColumn({ nullable: true }) startedAt!: string | null;
  @TimeColumn({ nullable: true }) finishedAt!: string | null;
  @TimeColumn({ nullable: true }) waitUntil!: string | null;
  @JsonColumn({ nullable: true }) error!: { message: string; nodeId?: string; description?: string } | null;
  @JsonColumn() options!: ExecutionOptions;
  /** Hash of the token in `/webhook-waiting/:runId?token=`. */
  @TextColumn(64, { nullable: true }) resumeToken!: string | null;
  @IdColumn({ nullable: true }) retryOf!: string | null;
  /** How many times a worker picked this run up. */
  @Column('integer', { default: 0 }) attempts!: number;
}
