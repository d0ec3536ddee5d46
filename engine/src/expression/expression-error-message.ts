/**
 * Turns what an expression threw into a sentence for people, prefixed with where it happened:
 * "Verify email › email, item 3: $json.body is undefined".
 *
 * @example
 * explainFailure("Cannot read properties of undefined (reading 'email')", ' $json.body.email ');
 * // '$json.body is undefined'
 */
export function locate(nodeName: string, parameter: string, itemIndex: number): string {
  const where = [nodeName, parameter].filter((part) => part !== '').join(' › ');
  return `${where === '' ? '' : `${where}, `}item ${itemIndex}: `;
}

const CONTEXT_HINT =
  "expressions can use $json, $binary, $itemIndex, $input, $('Node name'), $vars, $execution, $workflow, $now, $today and $date";

const READ_NOTHING = /^Cannot read properties of (undefined|null) \(reading '(.*)'\)$/;
const NOT_DEFINED = /^(\S+) is not defined$/;

export function explainFailure(message: string, source: string | undefined): string {
  const code = source?.trim() ?? '';
  if (message.startsWith('syntax error: ')) {
    return `syntax error in {{ ${code} }}: ${message.slice('syntax error: '.length)}`;
  }
  const nothing = READ_NOTHING.exec(message);
  if (nothing) {
    const label = code === '' ? undefined : findReadPath(code, nothing[2]);
    return label === undefined
      ? `cannot read '${nothing[2]}' of ${nothing[1]} in {{ ${code} }}`
      : `${label} is ${nothing[1]}`;
  }
  const notDefined = NOT_DEFINED.exec(message);
  if (notDefined) return `${notDefined[1]} is not defined; ${CONTEXT_HINT}`;
  return message;
}

const ROOT = /\$[A-Za-z_$][\w$]*(?:\s*\(\s*(?:'[^'\n]*'|"[^"\n]*")\s*\))?/g;
const SEGMENT = /\s*(?:\??\.\s*([A-Za-z_$][\w$]*)|\[\s*(\d+|'[^'\n]*'|"[^"\n]*")\s*\]|\(([^()]*)\))/y;

/** The path written before `.key` / `["key"]` in the source, e.g. `$json.body` for key `email`. */
function findReadPath(code: string, key: string): string | undefined {
  for (const root of code.matchAll(ROOT)) {
    let label = root[0].replace(/\(\s*(['"])/, '($1').replace(/(['"])\s*\)$/, '$1)');
    SEGMENT.lastIndex = root.index + root[0].length;
    let segment: RegExpExecArray | null;
    while ((segment = SEGMENT.exec(code)) !== null) {
      const name = segment[1] ?? (segment[2] === undefined ? undefined : unquote(segment[2]));
      if (name === key) return label;
      if (segment[1] !== undefined) label += `.${segment[1]}`;
      else if (segment[2] !== undefined) label += `[${segment[2]}]`;
      else label += `(${segment[3].trim()})`;
    }
  }
  return undefined;
}

function unquote(text: string): string {
  return /^['"]/.test(text) ? text.slice(1, -1) : text;
}
