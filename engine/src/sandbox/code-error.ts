/**
 * An error from the Code node, written for people: "Code › item 2, line 3: TypeError: Cannot read
 * properties of undefined (reading 'email')". Carries what the code logged before it failed.
 *
 * @example
 * try { await sandbox.runCode(request); } catch (error) {
 *   if (error instanceof CodeError) console.log(error.itemIndex, error.line, error.logs);
 * }
 */
export class CodeError extends Error {
  constructor(
    message: string,
    readonly logs: string[] = [],
    readonly itemIndex?: number,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'CodeError';
  }
}

const HINTS: [RegExp, string][] = [
  [
    /^(require|process|module|exports|Buffer|fetch|setTimeout|setInterval) is not defined$/,
    'the Code node runs plain JavaScript without Node.js modules, network or timers; work with the input items',
  ],
  [/^Not supported$/, 'import() and modules are not available in the Code node'],
];

/** "Code › item 2, line 3: " */
export function codeLocation(nodeName: string, itemIndex?: number, line?: number): string {
  const where = [itemIndex === undefined ? '' : `item ${itemIndex}`, line === undefined ? '' : `line ${line}`]
    .filter((part) => part !== '')
    .join(', ');
  return where === '' ? `${nodeName}: ` : `${nodeName} › ${where}: `;
}

export function withHint(message: string): string {
  const hint = HINTS.find(([pattern]) => pattern.test(message));
  return hint ? `${message} (${hint[1]})` : message;
}

/** The message of anything thrown; errors from isolated-vm may come from another realm, so no instanceof. */
export function messageOf(error: unknown): string {
  if (
    error !== null &&
    typeof error === 'object' &&
    typeof (error as { message?: unknown }).message === 'string'
  ) {
    return (error as { message: string }).message;
  }
  return String(error);
}
