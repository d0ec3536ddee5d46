export * from './zoominfo.simulator';
export type { PkiClient } from './zoominfo-jwt';
export { zoomInfoPersonId, zoomInfoCompanyId } from './zoominfo-records';
