import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../db/columns';

/** One version of a named resource a node saved, such as a trained lead-score model. */
@Entity('saved_resources')
export class SavedResourceEntity {
  @PrimaryColumn('varchar', { length: 100 }) kind!: string;
  @PrimaryColumn('varchar', { length: 200 }) name!: string;
  @PrimaryColumn('integer') version!: number;
  /** JSON. */
  @Column('text') data!: string;
  @TimeColumn() createdAt!: string;
}
