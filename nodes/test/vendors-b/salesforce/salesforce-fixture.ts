import { runNode } from '@ainow/engine/testing';
import type { AnyNodeDefinition, Item, ResolvedCredential } from '@ainow/engine/sdk';
import { salesforceCredential } from '@ainow/nodes/vendors/salesforce';
import {
  createSalesforceSimulator,
  type SalesforceSimulator,
  type SalesforceSimulatorOptions,
} from '@ainow/nodes/simulators/salesforce';
import { createTestHttp, type TestHttp } from '../support/test-http';
import { renderTemplate } from '../support/node-harness';

/** A started Salesforce simulator, a client-credentials credential for it, and a node runner. */
export interface SalesforceFixture {
  sim: SalesforceSimulator;
  credential: ResolvedCredential;
  http: TestHttp;
  run(
    node: AnyNodeDefinition,
    props: Record<string, unknown> | Record<string, unknown>[],
    items?: Item[],
  ): ReturnType<typeof runNode>;
}

export async function startSalesforce(
  options: SalesforceSimulatorOptions = {},
  values: Record<string, unknown> = {},
): Promise<SalesforceFixture> {
  const sim = createSalesforceSimulator(options);
  await sim.start();
  const credential: ResolvedCredential = {
    id: 'cred_sf',
    type: 'salesforce',
    values: {
      grantType: 'client_credentials',
      clientId: sim.clientId,
      clientSecret: sim.clientSecret,
      apiVersion: '62.0',
      ...values,
    },
    baseUrl: sim.url(),
  };
  const http = createTestHttp(salesforceCredential, credential);
  return {
    sim,
    credential,
    http,
    run(node, props, items = [{ json: {} }]) {
      const perItem = Array.isArray(props) ? props : items.map(() => props);
      return runNode(node, { items, propsPerItem: perItem, credential, http, renderTemplate });
    },
  };
}
