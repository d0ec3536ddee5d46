import type { CliIo } from './cli-io';
import { loadNodePackages, type NodePackage } from './node-packages';
import { runCommand } from './run.command';
import { validateCommand } from './validate.command';

const HELP = `ainow: run and check AI-Now workflows

  ainow run FILE [--input FILE] [--dry-run] [--sandbox] [--credentials FILE]
  ainow validate FILE
`;

/**
 * The `ainow` command line. `run` and `validate` live here; node packages add more commands
 * (`simulators`, `model`) and the server adds `start`, `worker`, `migrate`, `import`, `export`.
 */
export async function runCli(
  argv: string[],
  io: CliIo,
  load: () => NodePackage[] = () => loadNodePackages(),
): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    io.stdout.write(HELP);
    return 0;
  }
  let packages: NodePackage[];
  try {
    packages = load();
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  try {
    if (command === 'run') return await runCommand(rest, io, packages);
    if (command === 'validate') return await validateCommand(rest, io, packages);
    const contributed = packages.map((p) => p.commands?.[command]).find(Boolean);
    if (contributed) return await contributed.run(rest, io);
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const more = packages.flatMap((p) =>
    Object.entries(p.commands ?? {}).map(([name, c]) => `  ainow ${name}: ${c.describe}\n`),
  );
  io.stderr.write(`unknown command '${command}'\n${HELP}${more.join('')}`);
  return 2;
}
