/**
 * `@ainow/engine/workflow`: the workflow format and pure graph operations. Safe for the browser:
 * imports no Node built-ins and no isolated-vm (test/workflow/browser-safe.test.ts checks it).
 */

// The format: schema, items, JSON Schema export.
export * from './workflow.schema';
export * from './item';
export * from './json-path';
export * from './workflow-json-schema';

// The node catalog as JSON (what the server serves and the editor draws from).
export * from './node-catalog.types';

// Validation: every problem at once, with JSON paths.
export * from './validation/problem';
export * from './validation/node-registry-like';
export * from './validation/validate-workflow';

// schemaVersion upgrades.
export * from './upgrade/upgrade-step';
export * from './upgrade/upgrade-steps';
export * from './upgrade/upgrade-workflow';
export * from './upgrade/draft-to-v1.upgrade';

// Parameters.
export * from './parameters/is-expression';
export * from './parameters/condition-ops';
export * from './parameters/is-prop-shown';
export * from './parameters/parameters-with-defaults';
export * from './parameters/parameter-path';
export * from './parameters/rename-node-references';

// Graph queries for the scheduler and the editor.
export * from './graph/parent-nodes';
export * from './graph/child-nodes';
export * from './graph/upstream-of';
export * from './graph/downstream-of';
export * from './graph/walk';
export * from './graph/find-cycles';
export * from './graph/node-ports';

// Changes as data, applied by pure functions that return the inverse (undo).
export * from './changes/workflow-change';
export * from './changes/workflow-change-error';
export * from './changes/add-node.change';
export * from './changes/remove-node.change';
export * from './changes/rename-node.change';
export * from './changes/connect.change';
export * from './changes/disconnect.change';
export * from './changes/set-parameter.change';
export * from './changes/move-node.change';
export * from './changes/update-node.change';
export * from './changes/apply-change';
export * from './changes/unique-node-name';
