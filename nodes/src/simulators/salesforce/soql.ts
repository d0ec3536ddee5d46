import type { SimObject } from './salesforce-schema';
import type { SfRecord } from './salesforce-store';

/**
 * A small SOQL subset for the simulator: `SELECT f1, f2 | COUNT() FROM Obj [WHERE …] [ORDER BY f
 * [ASC|DESC]] [LIMIT n] [OFFSET n]`, with `=, !=, <>, <, <=, >, >=, LIKE, IN, NOT IN`, `AND`,
 * `OR`, `NOT` and parentheses. Errors carry Salesforce's codes (`MALFORMED_QUERY`,
 * `INVALID_FIELD`, `INVALID_TYPE`).
 *
 * @example
 * const q = parseSoql("SELECT Id, Email FROM Lead WHERE Company = 'Initech' LIMIT 10");
 */
export class SoqlError extends Error {
  constructor(
    readonly errorCode: 'MALFORMED_QUERY' | 'INVALID_FIELD' | 'INVALID_TYPE',
    message: string,
  ) {
    super(message);
  }
}

type Value = string | number | boolean | null;
type Expr =
  | { kind: 'and'; left: Expr; right: Expr }
  | { kind: 'or'; left: Expr; right: Expr }
  | { kind: 'not'; expr: Expr }
  | { kind: 'cmp'; field: string; op: string; value: Value | Value[] };

export interface SoqlQuery {
  fields: string[] | 'count';
  object: string;
  where?: Expr;
  orderBy?: { field: string; desc: boolean };
  limit?: number;
  offset?: number;
}

const TOKEN = /\s*(?:('(?:\\.|[^'\\])*')|(<>|!=|<=|>=|=|<|>|\(|\)|,)|([A-Za-z_][\w.]*|[\d][\w:.+-]*))/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.trimEnd().length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m)
      throw new SoqlError('MALFORMED_QUERY', `unexpected token: '${text.slice(at).trim().split(/\s/)[0]}'`);
    tokens.push(m[1] ?? m[2] ?? m[3]);
  }
  return tokens;
}

export function parseSoql(text: string): SoqlQuery {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i]?.toUpperCase();
  const next = () => tokens[i++];
  const expect = (word: string) => {
    if (peek() !== word)
      throw new SoqlError(
        'MALFORMED_QUERY',
        `unexpected token: '${tokens[i] ?? 'end of query'}', expected ${word}`,
      );
    i++;
  };
  const value = (): Value => {
    const t = next();
    if (t === undefined) throw new SoqlError('MALFORMED_QUERY', 'unexpected end of query');
    if (t.startsWith("'")) return t.slice(1, -1).replace(/\\(.)/g, '$1');
    const up = t.toUpperCase();
    if (up === 'NULL') return null;
    if (up === 'TRUE' || up === 'FALSE') return up === 'TRUE';
    return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
  };
  const factor = (): Expr => {
    if (peek() === 'NOT') return (i++, { kind: 'not', expr: factor() });
    if (peek() === '(') {
      i++;
      const e = expr();
      expect(')');
      return e;
    }
    const field = next();
    let op = (next() ?? '').toUpperCase();
    if (op === 'NOT' && peek() === 'IN') op = (i++, 'NOT IN');
    if (op === 'IN' || op === 'NOT IN') {
      expect('(');
      const values = [value()];
      while (peek() === ',') values.push((i++, value()));
      expect(')');
      return { kind: 'cmp', field, op, value: values };
    }
    if (!['=', '!=', '<>', '<', '<=', '>', '>=', 'LIKE'].includes(op))
      throw new SoqlError('MALFORMED_QUERY', `unexpected token: '${op}'`);
    return { kind: 'cmp', field, op, value: value() };
  };
  const term = (): Expr => {
    let left = factor();
    while (peek() === 'AND') left = (i++, { kind: 'and', left, right: factor() });
    return left;
  };
  const expr = (): Expr => {
    let left = term();
    while (peek() === 'OR') left = (i++, { kind: 'or', left, right: term() });
    return left;
  };

  expect('SELECT');
  let fields: string[] | 'count' = [];
  if (peek() === 'COUNT') {
    i++;
    expect('(');
    expect(')');
    fields = 'count';
  } else {
    fields = [next()];
    while (peek() === ',') fields.push((i++, next()));
  }
  expect('FROM');
  const query: SoqlQuery = { fields, object: next() };
  if (peek() === 'WHERE') query.where = (i++, expr());
  if (peek() === 'ORDER') {
    i++;
    expect('BY');
    query.orderBy = { field: next(), desc: false };
    if (peek() === 'ASC' || peek() === 'DESC') query.orderBy.desc = next().toUpperCase() === 'DESC';
  }
  if (peek() === 'LIMIT') query.limit = (i++, Number(next()));
  if (peek() === 'OFFSET') query.offset = (i++, Number(next()));
  if (i < tokens.length) throw new SoqlError('MALFORMED_QUERY', `unexpected token: '${tokens[i]}'`);
  return query;
}

function fieldName(object: SimObject, name: string): string {
  const field = object.fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
  if (!field) {
    throw new SoqlError(
      'INVALID_FIELD',
      `No such column '${name}' on entity '${object.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`,
    );
  }
  return field.name;
}

function compare(a: unknown, op: string, b: Value | Value[]): boolean {
  const norm = (v: unknown): string | number | boolean | null =>
    typeof v === 'string' ? v.toLowerCase() : v === undefined ? null : (v as number | boolean | null);
  if (op === 'IN' || op === 'NOT IN') {
    const hit = (b as Value[]).some((v) => norm(v) === norm(a ?? null));
    return op === 'IN' ? hit : !hit;
  }
  if (op === 'LIKE') {
    const pattern = String(b)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/%/g, '.*')
      .replace(/_/g, '.');
    return new RegExp(`^${pattern}$`, 'i').test(String(a ?? ''));
  }
  const [x, y] = [norm(a ?? null), norm(b as Value)];
  if (op === '=') return x === y;
  if (op === '!=' || op === '<>') return x !== y;
  if (x === null || y === null) return false;
  return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y;
}

function matches(record: SfRecord, expr: Expr, object: SimObject): boolean {
  if (expr.kind === 'not') return !matches(record, expr.expr, object);
  if (expr.kind === 'and' || expr.kind === 'or') {
    const left = matches(record, expr.left, object);
    return expr.kind === 'and'
      ? left && matches(record, expr.right, object)
      : left || matches(record, expr.right, object);
  }
  return compare(record[fieldName(object, expr.field)], expr.op, expr.value);
}

/** Filters, sorts, pages and projects records; `count` queries return the total only. */
export function runSoql(
  query: SoqlQuery,
  object: SimObject,
  records: SfRecord[],
): { total: number; rows: Array<{ id: string; values: Record<string, unknown> }> } {
  const fields = query.fields === 'count' ? [] : query.fields.map((f) => fieldName(object, f));
  let rows = records.filter((r) => !query.where || matches(r, query.where, object));
  if (query.orderBy) {
    const key = fieldName(object, query.orderBy.field);
    const sign = query.orderBy.desc ? -1 : 1;
    rows = [...rows].sort((a, b) =>
      String(a[key] ?? '') < String(b[key] ?? '')
        ? -sign
        : String(a[key] ?? '') > String(b[key] ?? '')
          ? sign
          : 0,
    );
  }
  rows = rows.slice(
    query.offset ?? 0,
    query.limit === undefined ? undefined : (query.offset ?? 0) + query.limit,
  );
  if (query.fields === 'count') return { total: rows.length, rows: [] };
  return {
    total: rows.length,
    rows: rows.map((r) => ({ id: r.Id, values: Object.fromEntries(fields.map((f) => [f, r[f] ?? null])) })),
  };
}
