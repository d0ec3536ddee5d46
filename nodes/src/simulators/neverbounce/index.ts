export * from './neverbounce.simulator';
export type { NeverBounceResult } from './neverbounce-verdict';
