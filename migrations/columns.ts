import type { TableColumnOptions } from 'typeorm';

/**
 * Column shapes shared by the migrations; they match `server/src/db/columns.ts` (times as ISO
 * text, JSON as text) so that the schema is the same on SQLite and PostgreSQL.
 */
export const id = (name: string, primary = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isPrimary: primary,
});
export const text = (
  name: string,
  length: number,
  options: Partial<TableColumnOptions> = {},
): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  ...options,
});
export const time = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '32',
  isNullable: nullable,
});
export const json = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'text',
  isNullable: nullable,
});
export const int = (name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'integer',
  ...options,
});
export const bool = (name: string): TableColumnOptions => ({ name, type: 'boolean' });
