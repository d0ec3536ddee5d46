/**
 * `@ainow/server`: the NestJS server (DESIGN.md sections 7 and 8). `createServer` builds the HTTP
 * app, `createWorker` a worker process; `loadConfig` reads the environment.
 */
export { createServer, createWorker, serverRegistry, type ServerOptions } from './app/create-server';
export { loadConfig, ConfigError, type ServerConfig } from './config/config';
export { migrate } from './db/migrate';
export { loadNodeRegistry } from './nodes/plugin-loader';
