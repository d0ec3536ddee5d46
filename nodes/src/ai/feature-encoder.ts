import type { FieldEncoding } from './lead-model';
import { hashText } from './hash-text';

/**
 * Turns lead rows into numeric features. Numeric fields stay numbers (log1p for non-negative
 * fields spanning more than two orders of magnitude, such as employee counts); categorical fields
 * become one-hot columns for the most frequent values (capped) plus `other`, where unknown values
 * at scoring time also go; text fields (titles, industries) become hashed token buckets, each
 * named after the tokens that fell into it during training. Missing values are left at the
 * training mean by the caller's standardisation.
 *
 * @example
 * const { encodings, features } = fitEncodings(rows, ['title', 'employees'], { maxCategories: 20, textBuckets: 32 });
 * encodeRow({ title: 'VP Sales', employees: 120 }, encodings); // [0, …, 1, …, 4.8]
 */
export interface EncoderOptions {
  maxCategories: number;
  textBuckets: number;
  /** Fields to treat as text; default: names with title, industry, headline, description or keywords. */
  textFields?: string[];
}

type Row = Record<string, unknown>;
const TEXT_NAME = /title|industr|headline|description|keywords/i;
const STOP_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'at', 'to', 'a', 'an', '&']);

export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';
export const categoryOf = (value: unknown) => String(value).trim().toLowerCase();
export const tokensOf = (value: unknown) =>
  String(value)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 1 && !STOP_WORDS.has(token));
const bucketOf = (field: string, token: string, buckets: number) => hashText(`${field}:${token}`) % buckets;

/** Chooses how each field is encoded, from the training rows. */
export function fitEncodings(
  rows: Row[],
  fields: string[],
  options: EncoderOptions,
): { encodings: FieldEncoding[]; features: string[] } {
  const encodings: FieldEncoding[] = [];
  const features: string[] = [];
  for (const field of fields) {
    const present = rows.map((row) => row[field]).filter((value) => !isBlank(value));
    if (present.length === 0) continue;
    const numbers = present.map(toNumber);
    const isText = options.textFields ? options.textFields.includes(field) : TEXT_NAME.test(field);
    if (!isText && numbers.every((n) => n !== undefined)) {
      const values = numbers as number[];
      const min = Math.min(...values);
      const max = Math.max(...values);
      const log = min >= 0 && max > 100 * (min + 1);
      encodings.push({ field, kind: 'numeric', log });
      features.push(log ? `log ${field}` : field);
    } else if (isText) {
      const counts = new Map<number, Map<string, number>>();
      for (const value of present) {
        for (const token of new Set(tokensOf(value))) {
          const bucket = bucketOf(field, token, options.textBuckets);
          const tokens = counts.get(bucket) ?? new Map<string, number>();
          counts.set(bucket, tokens.set(token, (tokens.get(token) ?? 0) + 1));
        }
      }
      encodings.push({ field, kind: 'text', buckets: options.textBuckets });
      for (let b = 0; b < options.textBuckets; b++) {
        const top = [...(counts.get(b) ?? new Map<string, number>()).entries()].sort(
          (x, y) => y[1] - x[1] || x[0].localeCompare(y[0]),
        );
        features.push(
          top.length
            ? `${field} ~ ${top
                .slice(0, 2)
                .map(([t]) => t)
                .join('|')}`
            : `${field} ~ #${b}`,
        );
      }
    } else {
      const counts = new Map<string, number>();
      for (const value of present) counts.set(categoryOf(value), (counts.get(categoryOf(value)) ?? 0) + 1);
      // A value nearly every row has its own of is an identifier (email, name), not a category.
      if (counts.size > 0.9 * rows.length && rows.length > 20) continue;
      const values = [...counts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, options.maxCategories)
        .map(([value]) => value);
      encodings.push({ field, kind: 'categorical', values });
      features.push(...values.map((value) => `${field} = ${value}`), `${field} = other`);
    }
  }
  return { encodings, features };
}

/** The raw feature values of one row; `NaN` marks a missing number (standardised to the mean). */
export function encodeRow(row: Row, encodings: FieldEncoding[]): number[] {
  const out: number[] = [];
  for (const encoding of encodings) {
    const value = row[encoding.field];
    if (encoding.kind === 'numeric') {
      const n = toNumber(value);
      out.push(n === undefined ? NaN : encoding.log ? Math.log1p(Math.max(0, n)) : n);
    } else if (encoding.kind === 'categorical') {
      const hot = isBlank(value) ? -1 : encoding.values.indexOf(categoryOf(value));
      for (let i = 0; i < encoding.values.length; i++) out.push(i === hot ? 1 : 0);
      out.push(hot === -1 ? 1 : 0);
    } else {
      const buckets = new Array<number>(encoding.buckets).fill(0);
      if (!isBlank(value))
        for (const token of tokensOf(value)) buckets[bucketOf(encoding.field, token, encoding.buckets)] = 1;
      out.push(...buckets);
    }
  }
  return out;
}

/** Standardised features: missing numbers (NaN) become 0, the training mean. */
export function standardRow(raw: number[], means: number[], stds: number[]): number[] {
  return raw.map((v, j) => (Number.isNaN(v) ? 0 : (v - means[j]) / stds[j]));
}
