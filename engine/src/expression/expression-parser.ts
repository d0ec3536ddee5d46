/**
 * Splits a parameter string into literal text and `{{ ... }}` expressions (DESIGN.md section 4).
 *
 * - `\{{` is a literal `{{` (the backslash is dropped).
 * - The expression ends at the first `}}` that is outside strings, template literals, comments and
 *   `{ }` pairs of the expression itself, so `{{ { a: { b: 1 } } }}` and `{{ '}}' }}` work.
 * - A `{{` without its `}}` is an error, not text: a typo should not be mailed to a customer.
 *
 * @example
 * parseExpressionString('Hi {{ $json.first }}!');
 * // { parts: ['Hi ', { code: ' $json.first ' }, '!'], single: false }
 */
export interface ExpressionPart {
  code: string;
}

export interface ParsedString {
  /** Literal text and expressions in order; adjacent text is merged. */
  parts: (string | ExpressionPart)[];
  /** True when the whole string is one expression: its value keeps its type. */
  single: boolean;
  /** Set when the string cannot be parsed; `parts` is then empty. */
  error?: string;
}

export function parseExpressionString(source: string): ParsedString {
  const parts: (string | ExpressionPart)[] = [];
  let text = '';
  let index = 0;
  while (index < source.length) {
    const open = source.indexOf('{{', index);
    if (open === -1) {
      text += source.slice(index);
      break;
    }
    if (open > 0 && source[open - 1] === '\\') {
      text += source.slice(index, open - 1) + '{{';
      index = open + 2;
      continue;
    }
    text += source.slice(index, open);
    const close = findClose(source, open + 2);
    if (close === -1) {
      return {
        parts: [],
        single: false,
        error: `"{{" at character ${open + 1} has no closing "}}" (write \\{{ for a literal "{{")`,
      };
    }
    if (text) parts.push(text);
    text = '';
    parts.push({ code: source.slice(open + 2, close) });
    index = close + 2;
  }
  if (text) parts.push(text);
  for (const part of parts) {
    if (typeof part !== 'string' && part.code.trim() === '')
      return { parts: [], single: false, error: 'empty {{ }}' };
  }
  return { parts, single: parts.length === 1 && typeof parts[0] !== 'string' };
}

/** Index of the `}}` that closes an expression starting at `start`, or -1. */
function findClose(source: string, start: number): number {
  // Stack of open contexts: '{' for braces, '`' for a template literal, '$' for `${` inside one.
  const stack: string[] = [];
  let i = start;
  while (i < source.length) {
    const char = source[i];
    const top = stack[stack.length - 1];
    if (top === '`') {
      if (char === '\\') i += 2;
      else if (char === '`') {
        stack.pop();
        i += 1;
      } else if (char === '$' && source[i + 1] === '{') {
        stack.push('$');
        i += 2;
      } else i += 1;
      continue;
    }
    if (char === "'" || char === '"') {
      i = skipString(source, i, char);
      if (i === -1) return -1;
      continue;
    }
    if (char === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      if (end === -1) return -1;
      i = end + 1;
      continue;
    }
    if (char === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end === -1) return -1;
      i = end + 2;
      continue;
    }
    if (char === '`') stack.push('`');
    else if (char === '{') stack.push('{');
    else if (char === '}') {
      if (stack.length === 0) {
        if (source[i + 1] === '}') return i;
      } else stack.pop();
    }
    i += 1;
  }
  return -1;
}

function skipString(source: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') i += 2;
    else if (char === quote) return i + 1;
    else if (char === '\n') return -1;
    else i += 1;
  }
  return -1;
}
