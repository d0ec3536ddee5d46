/** The Salesforce simulator (`@ainow/nodes/simulators/salesforce`). */
export * from './salesforce.simulator';
export { SCHEMA as SALESFORCE_SCHEMA, type SimField, type SimObject } from './salesforce-schema';
export type { SalesforceError, SfRecord } from './salesforce-store';
export { parseSoql, SoqlError } from './soql';
