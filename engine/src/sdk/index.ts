/**
 * The node SDK: what node and plugin authors import (`@ainow/engine/sdk`, also re-exported from
 * `@ainow/engine`). DESIGN.md section 6.
 */
export * from './props';
export * from './node-definition';
export * from './node-context';
export * from './credential-type';
export * from './http';
export * from './errors';
export * from './node-registry';
export type { Item, PairedItem, PortItems, BinaryData, ItemError } from '../workflow/item';
export { toItems } from '../workflow/item';
export * from './describe-node';
