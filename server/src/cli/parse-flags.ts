/**
 * Minimal `--name value` / `--flag` parsing for the server's commands.
 *
 * @example
 * parseFlags(['worker', '--concurrency', '4']); // { args: ['worker'], flags: { concurrency: '4' } }
 */
export function parseFlags(argv: string[]): { args: string[]; flags: Record<string, string | true> } {
  const args: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      args.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2);
    if (inline !== undefined) flags[name] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags[name] = argv[++i];
    else flags[name] = true;
  }
  return { args, flags };
}

export function intFlag(value: string | true | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value === true || !Number.isInteger(n) || n < 1)
    throw new Error(`--${name} needs a whole number of 1 or more`);
  return n;
}
