/**
 * `@ainow/engine/workflow`: the workflow format and pure graph operations. Safe for the browser:
 * imports no Node built-ins and no isolated-vm.
 */
export * from './workflow.schema';
export * from './item';
