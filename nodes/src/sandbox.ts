import type { CredentialType, CredentialValues } from '@ainow/engine/sdk';
import type { Simulator } from './simulators/kit';
import { aiSimulators } from './vendors/group-ai';
import { groupASimulators } from './vendors/group-a';
import { groupBSandboxCredentials, groupBSimulators } from './vendors/group-b';
import { builtInCredentials } from './index';
import { APOLLO_SIMULATOR_KEY } from './simulators/apollo/apollo.simulator';
import { createHubSpotSimulator, HUBSPOT_SIMULATOR_TOKEN } from './simulators/hubspot/hubspot.simulator';
import { NEVERBOUNCE_SIMULATOR_KEY } from './simulators/neverbounce/neverbounce.simulator';
import { ZEROBOUNCE_SIMULATOR_KEY } from './simulators/zerobounce/zerobounce.simulator';
import {
  ZOOMINFO_SIMULATOR_PASSWORD,
  ZOOMINFO_SIMULATOR_USER,
} from './simulators/zoominfo/zoominfo.simulator';

/** What each simulator accepts, by credential type; other types get their defaults or placeholders. */
const SANDBOX_VALUES: Record<string, CredentialValues> = {
  apollo: { apiKey: APOLLO_SIMULATOR_KEY },
  zoominfo: { method: 'password', username: ZOOMINFO_SIMULATOR_USER, password: ZOOMINFO_SIMULATOR_PASSWORD },
  neverbounce: { apiKey: NEVERBOUNCE_SIMULATOR_KEY },
  zerobounce: { apiKey: ZEROBOUNCE_SIMULATOR_KEY },
  hubspot: { accessToken: HUBSPOT_SIMULATOR_TOKEN },
  openai: { apiKey: 'sk-sandbox' },
  ...groupBSandboxCredentials,
};

/**
 * Every vendor simulator, started together: for `ainow simulators` and `ainow run --sandbox`.
 * Each vendor's base URL is the simulator's address plus the path of the vendor's real API root
 * (e.g. `/v1` for OpenAI), so a credential pointed at it works unchanged.
 */
export function simulatorFactories(): Record<string, () => Simulator> {
  return { ...groupASimulators, ...groupBSimulators, ...aiSimulators, ...SANDBOX_SEEDS };
}

/**
 * Sandbox CRMs start with data, so that templates which read new leads or look a contact up by
 * phone or email have someone to find: HubSpot holds the first ten shared fake leads as contacts
 * (Salesforce is seeded by its group index).
 */
const SANDBOX_SEEDS: Record<string, () => Simulator> = {
  hubspot: () => createHubSpotSimulator({ seedContacts: 10 }),
};

export interface RunningSimulators {
  baseUrls: Record<string, string>;
  credentials: Record<string, CredentialValues>;
  simulators: Record<string, Simulator>;
  stop(): Promise<void>;
}

/**
 * Values a simulator accepts for a credential type: the known ones, then each field's default, and
 * a placeholder for required fields only (an optional field such as Twilio's API key SID changes
 * how the credential signs requests, so it stays unset).
 */
function sandboxValues(type: CredentialType): CredentialValues {
  const values: CredentialValues = { ...SANDBOX_VALUES[type.name] };
  for (const [name, field] of Object.entries(type.fields)) {
    if (values[name] !== undefined) continue;
    if (field.default !== undefined) values[name] = field.default;
    else if (field.required) values[name] = `sandbox-${name}`;
  }
  return values;
}

export async function startSimulators(port = 0): Promise<RunningSimulators> {
  const credentialTypes = builtInCredentials();
  const simulators: Record<string, Simulator> = {};
  const baseUrls: Record<string, string> = {};
  const credentials: Record<string, CredentialValues> = {};
  let next = port;
  try {
    for (const [key, create] of Object.entries(simulatorFactories())) {
      const simulator = create();
      const { url } = await simulator.start(port === 0 ? 0 : next++);
      simulators[key] = simulator;
      const type = credentialTypes.find((t) => t.baseUrl?.simulator === key);
      const root = type?.baseUrl ? new URL(type.baseUrl.default).pathname.replace(/\/+$/, '') : '';
      baseUrls[key] = url + root;
    }
  } catch (error) {
    await Promise.all(Object.values(simulators).map((s) => s.stop()));
    throw error;
  }
  for (const type of credentialTypes) {
    if (type.baseUrl?.simulator && simulators[type.baseUrl.simulator])
      credentials[type.name] = sandboxValues(type);
  }
  return {
    baseUrls,
    credentials,
    simulators,
    stop: async () => {
      await Promise.all(Object.values(simulators).map((s) => s.stop()));
    },
  };
}
