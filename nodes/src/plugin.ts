/**
 * The built-in node package as the engine and server load it (`"ainow": { "nodes": "./dist/plugin.js" }`):
 * node declarations, credential types, CLI commands and the sandbox of vendor simulators.
 */
import { builtInCredentials, builtInNodes } from './index';

export const nodes = builtInNodes();
export const credentials = builtInCredentials();
