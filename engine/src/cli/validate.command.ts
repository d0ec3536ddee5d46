import { validateWorkflow } from '../workflow/validation/validate-workflow';
import type { CliIo } from './cli-io';
import { registryOf, type NodePackage } from './node-packages';
import { readJsonFile } from './read-json-file';
import { printProblems } from './print-problems';

/** `ainow validate FILE`: exit 0 when valid (warnings on stderr), 2 with every problem on stderr. */
export async function validateCommand(argv: string[], io: CliIo, packages: NodePackage[]): Promise<number> {
  const file = argv[0];
  if (!file) {
    io.stderr.write('usage: ainow validate FILE\n');
    return 2;
  }
  let doc: unknown;
  try {
    doc = readJsonFile(file, 'workflow file');
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const result = validateWorkflow(doc, registryOf(packages));
  const errors = result.problems.filter((p) => p.severity === 'error');
  printProblems(
    io,
    file,
    result.problems.filter((p) => p.severity !== 'error'),
  );
  if (errors.length) {
    printProblems(io, file, errors);
    return 2;
  }
  io.stdout.write(`${file} is a valid workflow\n`);
  return 0;
}
