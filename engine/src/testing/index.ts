/** Test helpers for node and plugin authors (`@ainow/engine/testing`). */
export * from './run-node';
export * from './build-workflow';
