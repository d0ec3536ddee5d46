#!/usr/bin/env node
import 'reflect-metadata';
import { runCli, type CliIo } from '@ainow/engine/cli';
import { ConfigError } from '../config/config';
import type { serverCommands as ServerCommands } from './server-commands';

/** The server's own commands; their module (NestJS, TypeORM) loads only when one of them runs. */
const SERVER_COMMANDS = new Set(['start', 'worker', 'migrate', 'import', 'export']);

const HELP = `ainow: AI-Now server and workflow tools

  ainow start [--no-worker|--worker]   API, webhooks, schedules, editor on http://localhost:3000
  ainow worker [--concurrency N]       process runs from the queue (REDIS_URL)
  ainow migrate                        apply database migrations
  ainow import FILE...                 save workflow files
  ainow export [--out DIR] [--id ID]   write workflows out
  ainow run FILE [--input FILE] [--dry-run] [--sandbox]
  ainow validate FILE
`;

/**
 * The \`ainow\` command: the server's commands here; \`run\`, \`validate\` and the node packages'
 * commands from the engine's CLI.
 *
 * @example
 * node server/dist/cli/main.js start
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    io.stdout.write(HELP);
    return 0;
  }
  // `run`, `validate`, `simulators` and `model` stay quick: they never load the server.
  if (!SERVER_COMMANDS.has(command)) return runCli(argv, io);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { serverCommands } = require('./server-commands') as { serverCommands: typeof ServerCommands };
    return await serverCommands[command].run(rest, io);
  } catch (error) {
    io.stderr.write(
      `${error instanceof ConfigError ? error.message : `ainow ${command}: ${(error as Error).message}`}\n`,
    );
    return error instanceof ConfigError ? 2 : 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
