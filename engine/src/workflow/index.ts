/**
 * `@ainow/engine/workflow`: the workflow format and pure graph operations. Safe for the browser:
 * imports no Node built-ins and no isolated-vm.
 */
export * from './workflow.schema';
export * from './item';
export * from './json-path';
export * from './workflow-json-schema';

export * from './validation/problem';
export * from './validation/node-registry-like';
export * from './validation/validate-workflow';

export * from './upgrade/upgrade-step';
export * from './upgrade/upgrade-steps';
export * from './upgrade/upgrade-workflow';
export * from './upgrade/draft-to-v1.upgrade';

export * from './parameters/is-expression';
export * from './parameters/is-prop-shown';
export * from './parameters/parameters-with-defaults';

export * from './graph/parent-nodes';
export * from './graph/child-nodes';
export * from './graph/upstream-of';
export * from './graph/downstream-of';
export * from './graph/find-cycles';
export * from './graph/node-ports';
export * from './parameters/parameter-path';
export * from './parameters/rename-node-references';

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
