import { Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, TextColumn } from '../db/columns';

/** A production webhook of an active workflow: method + path → workflow and trigger node. */
@Entity('webhooks')
@Index('idx_webhooks_workflow', ['workflowId'])
export class WebhookEntity {
  @PrimaryColumn('varchar', { length: 8 }) method!: string;
  @PrimaryColumn('varchar', { length: 300 }) path!: string;
  @IdColumn() workflowId!: string;
  @TextColumn(200) nodeId!: string;
}
