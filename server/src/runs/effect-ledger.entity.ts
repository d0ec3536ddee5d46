import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TextColumn, TimeColumn } from '../db/columns';

/** One item of a `write` or `send` step: pending while the vendor is called, done with its output. */
@Entity('effect_ledger')
export class EffectLedgerEntity {
  @PrimaryColumn('varchar', { length: 80 }) runId!: string;
  @PrimaryColumn('varchar', { length: 200 }) nodeId!: string;
  @PrimaryColumn('integer') runIndex!: number;
  @PrimaryColumn('integer') itemIndex!: number;
  @TextColumn(16) status!: 'pending' | 'done';
  /** JSON of the item's output per port, once done. */
  @Column('text', { nullable: true }) output!: string | null;
  @TimeColumn() updatedAt!: string;
}
