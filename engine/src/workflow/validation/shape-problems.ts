import type { z } from 'zod';
import { formatJsonPath, valueAtPath } from '../json-path';
import { problem, type Problem } from './problem';

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns zod's issues about a document's shape into plain-English problems with JSON paths,
 * naming the node when the issue is inside one.
 *
 * @example
 * // { nodes: [{ name: 'Verify email', version: 'one', ... }] }
 * // -> { path: '$.nodes[0].version', message: "node 'Verify email': version must be a number, not a string" }
 */
export function shapeProblems(doc: unknown, issues: ReadonlyArray<ZodIssue>): Problem[] {
  return issues.map((issue) => {
    const path = issue.path;
    const node =
      path[0] === 'nodes' && typeof path[1] === 'number' ? valueAtPath(doc, path.slice(0, 2)) : undefined;
    const nodeName = valueAtPath(node, ['name']);
    const nodeId = valueAtPath(node, ['id']);
    const field = node === undefined ? path : path.slice(2);
    const what = describeIssue(issue, valueAtPath(doc, path));
    const label = field.length === 0 ? 'the value' : formatJsonPath(field).replace(/^\$\.?/, '');
    const message =
      node === undefined
        ? `${path.length === 0 ? 'the document' : label} ${what}`
        : `node ${typeof nodeName === 'string' ? `'${nodeName}'` : `#${String(path[1])}`}: ${field.length === 0 ? 'the node' : label} ${what}`;
    return problem(
      'invalid-shape',
      formatJsonPath(path),
      message,
      typeof nodeId === 'string' ? nodeId : undefined,
    );
  });
}

function describeIssue(issue: ZodIssue, received: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) return 'is missing';
      if (issue.expected === 'int') return 'must be a whole number';
      return `must be ${article(issue.expected)}, not ${kindOf(received)}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return bound('at least', issue.origin, issue.minimum, issue.inclusive);
    case 'too_big':
      return bound('at most', issue.origin, issue.maximum, issue.inclusive);
    default:
      return `is not valid: ${issue.message}`;
  }
}

function bound(
  word: 'at least' | 'at most',
  origin: string,
  limit: number | bigint,
  inclusive = true,
): string {
  const n = Number(limit);
  if (origin === 'string')
    return word === 'at least' && n === 1 ? 'must not be empty' : `must be ${word} ${n} characters`;
  if (origin === 'array') return `must have ${word} ${n} ${n === 1 ? 'entry' : 'entries'}`;
  if (inclusive) return `must be ${word} ${n}`;
  return `must be ${word === 'at least' ? 'more' : 'less'} than ${n}`;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    object: 'an object',
    array: 'a list',
    record: 'an object',
    int: 'a whole number',
  };
  return names[expected] ?? `a ${expected}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
