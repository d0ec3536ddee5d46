/** The Pipedrive simulator (`@ainow/nodes/simulators/pipedrive`). */
export * from './pipedrive.simulator';
export { PIPELINES, STAGES, type Entity as PipedriveEntity, type PdRecord } from './pipedrive-store';
