import { startSimulators } from './sandbox';

interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * `ainow simulators [--port N]`: starts every vendor simulator (port 0: any free port; N: N, N+1, …)
 * and prints one JSON object on its first line mapping each vendor to its base URL. Runs until
 * stopped (Ctrl-C).
 */
export async function simulatorsCommand(argv: string[], io: Io): Promise<number> {
  const at = argv.indexOf('--port');
  const port = at >= 0 ? Number(argv[at + 1]) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr.write(`--port takes a port number from 0 to 65535, got '${argv[at + 1] ?? ''}'\n`);
    return 2;
  }
  const running = await startSimulators(port);
  io.stdout.write(JSON.stringify(running.baseUrls) + '\n');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await running.stop();
  return 0;
}
