/** `@ainow/engine`: the SDK plus the workflow format. The runtime is at `@ainow/engine/runtime`. */
export * from './sdk';
export * from './workflow';
