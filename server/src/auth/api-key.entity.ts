import { Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, TextColumn, TimeColumn } from '../db/columns';

/** An API key (`X-API-Key`). Only its SHA-256 is kept; the key is shown once when created. */
@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @IdColumn() userId!: string;
  @TextColumn(100) label!: string;
  @Index('idx_api_keys_hash', { unique: true })
  @TextColumn(64)
  keyHash!: string;
  /** The first characters of the key, so that people can tell keys apart. */
  @TextColumn(16) prefix!: string;
  @TimeColumn() createdAt!: string;
  @TimeColumn({ nullable: true }) lastUsedAt!: string | null;
}
