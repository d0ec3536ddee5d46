import type { Problem } from '../workflow/validation/problem';
import type { CliIo } from './cli-io';

/** One line per problem on stderr: `FILE $.path: message`. */
export function printProblems(io: CliIo, file: string, problems: Problem[]): void {
  for (const p of problems) io.stderr.write(`${file} ${p.path}: ${p.message}\n`);
}
