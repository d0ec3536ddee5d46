/**
 * The entry point AI-Now loads (`"ainow": { "nodes": "./dist/plugin.js" }` in package.json): the
 * package's node declarations and credential types, and a sandbox for `--sandbox` runs.
 *
 * @example
 * AINOW_NODE_PACKAGES=ainow-plugin-acme ainow run example.workflow.json --sandbox
 */
import { acmeCredential } from './acme.credential';
import { createTicket } from './create-ticket.action';

export const nodes = [createTicket];
export const credentials = [acmeCredential];
export { startSandbox } from './acme.sandbox';
export { createAcmeSimulator, ACME_SIMULATOR_TOKEN, type AcmeSimulator } from './acme.simulator';
export { acmeCredential, createTicket };
