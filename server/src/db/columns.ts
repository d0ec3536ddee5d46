import { Column, type ColumnOptions } from 'typeorm';

/**
 * Column shapes that mean the same on SQLite and PostgreSQL, so that one set of entities and one
 * set of migrations serves both drivers. Times are ISO-8601 text (they sort as text), JSON is text.
 *
 * @example
 * class Thing { @TimeColumn() createdAt!: string; @JsonColumn({ nullable: true }) data!: unknown; }
 */
export const TimeColumn = (options: ColumnOptions = {}) => Column('varchar', { length: 32, ...options });
export const IdColumn = (options: ColumnOptions = {}) => Column('varchar', { length: 36, ...options });
export const JsonColumn = (options: ColumnOptions = {}) => Column('simple-json', options);
export const TextColumn = (length: number, options: ColumnOptions = {}) =>
  Column('varchar', { length, ...options });
