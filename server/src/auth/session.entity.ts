import { Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, TimeColumn } from '../db/columns';

/** A signed-in browser. Only the SHA-256 of the cookie's token is kept. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryColumn('varchar', { length: 64 }) id!: string;
  @Index('idx_sessions_user')
  @IdColumn()
  userId!: string;
  @TimeColumn() expiresAt!: string;
  @TimeColumn() createdAt!: string;
}
