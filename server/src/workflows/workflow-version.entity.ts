import { Entity, PrimaryColumn } from 'typeorm';
import type { Workflow } from '@ainow/engine/workflow';
import { IdColumn, JsonColumn, TimeColumn } from '../db/columns';

/** One saved version of a workflow document; every save adds one, runs record the one they ran. */
@Entity('workflow_versions')
export class WorkflowVersionEntity {
  @PrimaryColumn('varchar', { length: 36 }) workflowId!: string;
  @PrimaryColumn('integer') version!: number;
  @JsonColumn() document!: Workflow;
  @TimeColumn() createdAt!: string;
  @IdColumn({ nullable: true }) createdBy!: string | null;
}
