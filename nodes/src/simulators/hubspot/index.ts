export * from './hubspot.simulator';
export type { CrmStore, CrmRecord, ObjectType } from './hubspot-store';
