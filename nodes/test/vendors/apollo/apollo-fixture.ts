import {
  createApolloSimulator,
  APOLLO_SIMULATOR_KEY,
  type ApolloSimulatorOptions,
} from '@ainow/nodes/simulators/apollo';
import { apolloCredential } from '@ainow/nodes/vendors/apollo';
import { createTestHttpClient, useSimulator } from '../support';

/** An Apollo simulator for a describe block, and run options that point a node at it. */
export function useApollo(options: ApolloSimulatorOptions = {}) {
  const sim = useSimulator(() => createApolloSimulator(options));
  const connect = (apiKey = APOLLO_SIMULATOR_KEY) => {
    const credential = { id: 'cred_apollo', type: 'apollo', values: { apiKey }, baseUrl: sim().url() };
    return { credential, http: createTestHttpClient(apolloCredential, credential) };
  };
  return { sim, connect };
}
