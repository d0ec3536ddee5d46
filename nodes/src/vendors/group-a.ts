import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { createApolloSimulator } from '../simulators/apollo';
import { createHubSpotSimulator } from '../simulators/hubspot';
import type { Simulator } from '../simulators/kit';
import { createNeverBounceSimulator } from '../simulators/neverbounce';
import { createZeroBounceSimulator } from '../simulators/zerobounce';
import { createZoomInfoSimulator } from '../simulators/zoominfo';
import * as apollo from './apollo';
import * as hubspot from './hubspot';
import * as neverbounce from './neverbounce';
import * as zerobounce from './zerobounce';
import * as zoominfo from './zoominfo';

/**
 * Lead-gen and CRM vendors, group A: Apollo, ZoomInfo, NeverBounce, ZeroBounce, HubSpot. Their
 * nodes, credential types, and simulators by the key each credential names in `baseUrl.simulator`.
 *
 * @example
 * for (const node of groupANodes) registry.add(node);
 * const sim = groupASimulators[apolloCredential.baseUrl.simulator]();
 */
export const groupANodes: AnyNodeDefinition[] = [
  ...apollo.nodes,
  ...zoominfo.nodes,
  ...neverbounce.nodes,
  ...zerobounce.nodes,
  ...hubspot.nodes,
];

export const groupACredentials: CredentialType[] = [
  ...apollo.credentials,
  ...zoominfo.credentials,
  ...neverbounce.credentials,
  ...zerobounce.credentials,
  ...hubspot.credentials,
];

export const groupASimulators: Record<string, () => Simulator> = {
  apollo: () => createApolloSimulator(),
  zoominfo: () => createZoomInfoSimulator(),
  neverbounce: () => createNeverBounceSimulator(),
  zerobounce: () => createZeroBounceSimulator(),
  hubspot: () => createHubSpotSimulator(),
};
