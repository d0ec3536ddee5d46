/**
 * The built-in node package as the engine and server load it (`"ainow": { "nodes": "./dist/plugin.js" }`):
 * node declarations, credential types, CLI commands and the sandbox of vendor simulators.
 */
import { builtInCredentials, builtInNodes } from './index';
import { startSimulators } from './sandbox';
import { simulatorsCommand } from './simulators.command';
import { modelCommand } from './ai';

export const nodes = builtInNodes();
export const credentials = builtInCredentials();

export const commands = {
  simulators: {
    describe: 'start every vendor simulator and print their base URLs as JSON',
    run: simulatorsCommand,
  },
  model: {
    describe: 'train or score a local lead-score model (ainow model train|score ...)',
    run: modelCommand,
  },
};

export async function startSandbox() {
  const running = await startSimulators(0);
  return { baseUrls: running.baseUrls, credentials: running.credentials, stop: running.stop };
}
