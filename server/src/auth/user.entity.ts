import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TextColumn, TimeColumn } from '../db/columns';

export type Role = 'owner' | 'admin' | 'editor' | 'viewer';
export const ROLES: Role[] = ['viewer', 'editor', 'admin', 'owner'];

/** A person who signs in. The first one is the owner (DESIGN.md section 8). */
@Entity('users')
export class UserEntity {
  @PrimaryColumn('varchar', { length: 36 }) id!: string;
  @Index('idx_users_email', { unique: true })
  @TextColumn(254)
  email!: string;
  @TextColumn(200) passwordHash!: string;
  @TextColumn(16) role!: Role;
  @Column('boolean') disabled!: boolean;
  @TimeColumn() createdAt!: string;
}
