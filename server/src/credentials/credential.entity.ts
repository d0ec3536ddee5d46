import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IdColumn, JsonColumn, TextColumn, TimeColumn } from '../db/columns';

/** A stored credential. `data` is AES-256-GCM ciphertext of the values; never sent to clients. */
@Entity('credentials')
export class CredentialEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @TextColumn(200) name!: string;
  @TextColumn(100) type!: string;
  @Column('text') data!: string;
  /** Overrides the node's declared rate limit for this credential. */
  @JsonColumn({ nullable: true }) rateLimit!: { requests: number; perMs: number } | null;
  @IdColumn({ nullable: true }) createdBy!: string | null;
  @TimeColumn() createdAt!: string;
  @TimeColumn() updatedAt!: string;
}
