import type { HelperOptions } from 'handlebars';
import { dateTimeKit } from '../expression/date-time';

/**
 * Helpers every template has. Values follow JavaScript truthiness (an empty list is false in
 * `and`/`or`/`not`, as in Handlebars' `#if`).
 * - `{{default title "there"}}` the value, or the fallback when it is null, undefined or ''.
 * - `{{upper name}}`, `{{lower email}}`.
 * - `{{truncate text 160}}` at most 160 characters including the suffix (default "…"):
 *   `{{truncate text 20 "..."}}`.
 * - `{{formatDate created_at "dd.MM.yyyy HH:mm"}}` in the workflow zone, or `zone="Asia/Tokyo"`;
 *   default pattern `yyyy-MM-dd`; empty values render ''; patterns as `$now.format`.
 * - `{{#if (eq status "valid")}}`, `ne`, `{{#if (and a b)}}`, `or` (returns the first truthy value,
 *   `{{or nickname first_name}}`), `not`.
 * - `{{join tags ", "}}` (default ", "), `{{json value}}` / `{{json value 2}}` (pretty).
 *
 * @example
 * renderTemplate('{{upper (default name "friend")}}', { json: {} }); // 'FRIEND'
 */
export type Helper = (...args: unknown[]) => unknown;

const isOptions = (value: unknown): value is HelperOptions =>
  value !== null && typeof value === 'object' && 'hash' in value && 'data' in value;

/** Arguments without Handlebars' trailing options object. */
const argsOf = (args: unknown[]): unknown[] => (isOptions(args[args.length - 1]) ? args.slice(0, -1) : args);
const optionsOf = (args: unknown[]): HelperOptions | undefined => {
  const last = args[args.length - 1];
  return isOptions(last) ? last : undefined;
};
const text = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
const truthy = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : Boolean(value));

export const templateHelpers: Record<string, Helper> = {
  default: (...args) => {
    const [value, fallback] = argsOf(args);
    return value === undefined || value === null || value === '' ? fallback : value;
  },
  upper: (...args) => text(argsOf(args)[0]).toUpperCase(),
  lower: (...args) => text(argsOf(args)[0]).toLowerCase(),
  truncate: (...args) => {
    const [value, length, suffix = '…'] = argsOf(args);
    const max = Number(length);
    if (!Number.isInteger(max) || max < 0)
      throw new Error(`truncate needs a length such as {{truncate text 160}}, got ${text(length)}`);
    const full = text(value);
    if (full.length <= max) return full;
    const tail = text(suffix);
    return full.slice(0, Math.max(0, max - tail.length)) + tail.slice(0, max);
  },
  formatDate: (...args) => {
    const [value, pattern = 'yyyy-MM-dd'] = argsOf(args);
    const options = optionsOf(args);
    if (value === undefined || value === null || value === '') return '';
    const data = options?.data as { timezone?: string } | undefined;
    const zone = (options?.hash as { zone?: string } | undefined)?.zone ?? data?.timezone ?? 'UTC';
    try {
      return dateTimeKit().fromValue(value, zone).format(String(pattern));
    } catch (error) {
      throw new Error(`formatDate: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
  eq: (...args) => {
    const [a, b] = argsOf(args);
    return a === b;
  },
  ne: (...args) => {
    const [a, b] = argsOf(args);
    return a !== b;
  },
  and: (...args) => {
    const values = argsOf(args);
    return values.find((value) => !truthy(value)) ?? values[values.length - 1];
  },
  or: (...args) => {
    const values = argsOf(args);
    return values.find(truthy) ?? values[values.length - 1];
  },
  not: (...args) => !truthy(argsOf(args)[0]),
  join: (...args) => {
    const [list, separator = ', '] = argsOf(args);
    return Array.isArray(list) ? list.map(text).join(text(separator)) : text(list);
  },
  json: (...args) => {
    const [value, indent] = argsOf(args);
    return JSON.stringify(value, null, typeof indent === 'number' ? indent : undefined) ?? '';
  },
};
