import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimeColumn } from '../db/columns';

/** A workflow variable (`$vars.name`), shared by every workflow of the instance. */
@Entity('variables')
export class VariableEntity {
  @PrimaryColumn('varchar', { length: 200 }) key!: string;
  @Column('text') value!: string;
  @TimeColumn() updatedAt!: string;
}
