/**
 * `@ainow/engine/runtime`: runs workflows (DESIGN.md section 3). Node-only: uses isolated-vm and
 * Node built-ins; the editor must not import it.
 */
export * from './create-runtime';
export * from './run-options';
export * from './step-record';
export * from './run-graph';
export * from './paired-item';
export * from './ports/step-store.port';
export * from './ports/effect-ledger.port';
export * from './ports/node-state.port';
export * from './ports/rate-limiter.port';
export * from './ports/credential-resolver.port';
export * from './ports/workflow-source.port';
export * from './ports/run-queue.port';
export * from './ports/resource-store.port';
export * from './adapters/memory-resource-store.adapter';
export * from './adapters/memory-step-store.adapter';
export * from './adapters/memory-effect-ledger.adapter';
export * from './adapters/memory-node-state.adapter';
export * from './adapters/memory-rate-limiter.adapter';
export * from './http/http-client';
export * from './http/private-network-guard';
export * from './wait-signal';
export * from '../expression/expression-evaluator.port';
export * from './engine-defaults';
