/** The `ainow` command line's parts, for the server and node packages to build on. */
export * from './run-cli';
export * from './cli-io';
export * from './node-packages';
export * from './parse-args';
export { runDocument, startSandboxes } from './run.command';
export { sandboxCredentials } from './sandbox-credentials';
