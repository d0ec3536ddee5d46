import { createSimulator, leadData, type SimRequest, type SimResponse, type Simulator } from '../kit';
import { bearerToken, createRateWindow, type RateLimit } from '../shared';
import {
  createDefaultAssociation,
  createLabeledAssociation,
  listAssociations,
} from './hubspot-associations.routes';
import { hubspotError } from './hubspot-errors';
import * as objects from './hubspot-objects.routes';
import { DEAL_PIPELINES, OBJECT_PROPERTIES, pipelineResource, propertyResource } from './hubspot-schema';
import { searchObjects } from './hubspot-search.routes';
import { CrmStore, objectTypeOf } from './hubspot-store';

/**
 * A local stand-in for HubSpot's CRM v3/v4 API (vendor-contracts.md section 10), with state in
 * memory: contacts, deals and notes, batch upsert by email, search, associations, properties and
 * pipelines. Bearer-token auth; a rolling ten-second limit with the `X-HubSpot-RateLimit-*`
 * headers and a separate per-second search limit (whose answers carry no rate-limit headers).
 * It speaks the real protocol: `@hubspot/api-client` works against it with `basePath`.
 *
 * @example
 * const sim = createHubSpotSimulator({ seedContacts: 20 });
 * const { url } = await sim.start();
 * const client = new Client({ accessToken: HUBSPOT_SIMULATOR_TOKEN, basePath: url, numberOfApiCallRetries: 0 });
 */
export const HUBSPOT_SIMULATOR_TOKEN = 'pat-na1-00000000-sim0-0000-0000-000000000000';

export interface HubSpotSimulatorOptions {
  accessTokens?: string[];
  /** Default 100 requests per 10 s (Free/Starter private apps). */
  rateLimit?: RateLimit;
  /** Default 5 search requests per second. */
  searchRateLimit?: RateLimit;
  /** Daily limit (default 250,000). */
  dailyLimit?: number;
  /** How many shared fake leads to load as contacts at start (default 0). */
  seedContacts?: number;
}

export interface HubSpotSimulator extends Simulator {
  readonly store: CrmStore;
}

export function createHubSpotSimulator(options: HubSpotSimulatorOptions = {}): HubSpotSimulator {
  const tokens = options.accessTokens ?? [HUBSPOT_SIMULATOR_TOKEN];
  const limit = options.rateLimit ?? { requests: 100, perMs: 10_000 };
  const tenSecondly = createRateWindow(limit);
  const daily = createRateWindow({ requests: options.dailyLimit ?? 250_000, perMs: 86_400_000 });
  const secondly = createRateWindow(options.searchRateLimit ?? { requests: 5, perMs: 1000 });
  const store = new CrmStore();
  for (const lead of leadData(Math.max(options.seedContacts ?? 0, 1)).slice(0, options.seedContacts ?? 0)) {
    store.create('contacts', {
      email: lead.email,
      firstname: lead.firstName,
      lastname: lead.lastName,
      jobtitle: lead.title,
      company: lead.company.name,
      website: lead.company.domain,
      city: lead.city,
      country: lead.country,
      phone: lead.phone,
    });
  }

  const rateLimited = (message: string, policyName: string): SimResponse => ({
    ...hubspotError(429, 'RATE_LIMITS', message, {
      errorType: 'RATE_LIMIT',
      policyName,
      groupName: `api-calls-${policyName.toLowerCase()}`,
    }),
  });

  const guarded =
    (handle: (request: SimRequest) => SimResponse, kind: 'standard' | 'search' = 'standard') =>
    (request: SimRequest): SimResponse => {
      const token = bearerToken(request);
      if (!token || !tokens.includes(token)) {
        return hubspotError(
          401,
          'INVALID_AUTHENTICATION',
          'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
        );
      }
      const day = daily.take(token);
      if (!day.allowed) return rateLimited('You have reached your daily limit.', 'DAILY');
      if (kind === 'search') {
        return secondly.take(token).allowed
          ? handle(request)
          : rateLimited('You have reached your secondly limit.', 'SECONDLY');
      }
      const window = tenSecondly.take(token);
      const headers = {
        'X-HubSpot-RateLimit-Daily': String(day.limit),
        'X-HubSpot-RateLimit-Daily-Remaining': String(day.remaining),
        'X-HubSpot-RateLimit-Interval-Milliseconds': String(limit.perMs),
        'X-HubSpot-RateLimit-Max': String(window.limit),
        'X-HubSpot-RateLimit-Remaining': String(window.remaining),
      };
      if (!window.allowed)
        return {
          ...rateLimited('You have reached your ten_secondly_rolling limit.', 'TEN_SECONDLY_ROLLING'),
          headers,
        };
      const response = handle(request);
      return { ...response, headers: { ...headers, ...response.headers } };
    };

  const route = (
    method: string,
    path: string,
    handle: (request: SimRequest) => SimResponse,
    kind?: 'search',
  ) => ({
    method,
    path,
    handle: guarded(handle, kind),
  });
  const listOf =
    (kind: 'properties' | 'pipelines') =>
    (request: SimRequest): SimResponse => {
      const type = objectTypeOf(request.params.objectType);
      if (!type)
        return hubspotError(
          400,
          'VALIDATION_ERROR',
          `Unable to infer object type from: ${request.params.objectType}`,
        );
      if (kind === 'properties')
        return { status: 200, body: { results: OBJECT_PROPERTIES[type].map(propertyResource) } };
      return { status: 200, body: { results: type === 'deals' ? DEAL_PIPELINES.map(pipelineResource) : [] } };
    };
  const o = (handler: Parameters<typeof objects.objectRoute>[1], needsBody = false) =>
    objects.objectRoute(store, handler, needsBody);

  const sim = createSimulator('hubspot', [
    route('POST', '/crm/v3/objects/:objectType/search', o(searchObjects, true), 'search'),
    route('POST', '/crm/v3/objects/:objectType/batch/upsert', o(objects.batchUpsert, true)),
    route('POST', '/crm/v3/objects/:objectType/batch/read', o(objects.batchRead, true)),
    route('POST', '/crm/v3/objects/:objectType', o(objects.createObject, true)),
    route('GET', '/crm/v3/objects/:objectType', o(objects.listObjects)),
    route('GET', '/crm/v3/objects/:objectType/:id', o(objects.getObject)),
    route('PATCH', '/crm/v3/objects/:objectType/:id', o(objects.updateObject, true)),
    route('DELETE', '/crm/v3/objects/:objectType/:id', o(objects.archiveObject)),
    route(
      'PUT',
      '/crm/v4/objects/:fromType/:fromId/associations/default/:toType/:toId',
      createDefaultAssociation(store),
    ),
    route(
      'PUT',
      '/crm/v4/objects/:fromType/:fromId/associations/:toType/:toId',
      createLabeledAssociation(store),
    ),
    route('GET', '/crm/v4/objects/:fromType/:fromId/associations/:toType', listAssociations(store)),
    route('GET', '/crm/v3/properties/:objectType', listOf('properties')),
    route('GET', '/crm/v3/pipelines/:objectType', listOf('pipelines')),
  ]);
  return Object.assign(sim, { store });
}
