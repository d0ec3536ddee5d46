export * from './apollo.simulator';
export { apolloPersonId, apolloOrganizationId } from './apollo-records';
