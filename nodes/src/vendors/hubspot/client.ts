import type { HttpClient, HttpRequest, PropDef, RunContext } from '@ainow/engine/sdk';
import { Prop } from '@ainow/engine/sdk';
import { toVendorError, vendorRequest } from '../shared';

/**
 * The thin HubSpot client the actions share: calls through `ctx.http`, maps HubSpot's
 * `ModelError` bodies to clear messages (property errors listed by name), and loads the
 * property and pipeline lists that the editor offers as options.
 */
export const HUBSPOT_RATE_LIMIT = { requests: 100, perMs: 10_000 };
export const HUBSPOT_SEARCH_RATE_LIMIT = { requests: 5, perMs: 1000 };

/** "Property values were not valid: [json]" → "email: Email address a@ is invalid". */
function propertyDetail(body: unknown, fallback: string): string {
  const message = (body as { message?: string } | undefined)?.message ?? '';
  const json = /^Property values were not valid: (\[.*\])$/s.exec(message)?.[1];
  if (!json) return fallback;
  try {
    const problems = JSON.parse(json) as Array<{ name?: string; message?: string }>;
    return `invalid property values: ${problems.map((p) => `${p.name}: ${p.message}`).join('; ')}`;
  } catch {
    return fallback;
  }
}

export async function hubSpotCall<T>(http: HttpClient, request: HttpRequest): Promise<T> {
  const res = await vendorRequest<T>(http, request, (error) =>
    toVendorError(error, {
      vendor: 'HubSpot',
      secretName: 'access token',
      detail: propertyDetail,
      // Mirrors the official SDK: 1 s for the per-second search limit, 10 s for the rolling window.
      rateLimitWaitMs: (body) =>
        (body as { policyName?: string })?.policyName === 'TEN_SECONDLY_ROLLING' ? 10_000 : 1000,
      isRetryable429: (body) => (body as { policyName?: string })?.policyName !== 'DAILY',
    }),
  );
  return res.body;
}

export interface HubSpotObject {
  id: string;
  properties: Record<string, string | null>;
  createdAt?: string;
  updatedAt?: string;
  archived?: boolean;
  new?: boolean;
}

/** The editable properties of an object type, as editor options. */
export async function loadPropertyOptions(
  ctx: Pick<RunContext<unknown>, 'http'>,
  objectType: 'contacts' | 'deals',
): Promise<Array<{ value: string; label: string }>> {
  const answer = await hubSpotCall<{
    results: Array<{
      name: string;
      label: string;
      hidden?: boolean;
      modificationMetadata?: { readOnlyValue?: boolean };
    }>;
  }>(ctx.http, { method: 'GET', url: `/crm/v3/properties/${objectType}` });
  return answer.results
    .filter((p) => !p.hidden && !p.modificationMetadata?.readOnlyValue)
    .map((p) => ({ value: p.name, label: p.label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export interface PipelineResource {
  id: string;
  label: string;
  stages: Array<{ id: string; label: string }>;
}

export async function loadPipelines(ctx: Pick<RunContext<unknown>, 'http'>): Promise<PipelineResource[]> {
  return (
    await hubSpotCall<{ results: PipelineResource[] }>(ctx.http, {
      method: 'GET',
      url: '/crm/v3/pipelines/deals',
    })
  ).results;
}

/** The "more properties" list field: property (chosen from HubSpot's list) and value. */
export function morePropertiesProp(
  loadOptions: string,
): PropDef<'list', Array<{ property: string; value: string | undefined }>, false> {
  return Prop.list({
    label: 'More properties',
    fields: {
      property: Prop.options({ label: 'Property', required: true, loadOptions }),
      value: Prop.text({ label: 'Value' }),
    },
  }) as PropDef<'list', Array<{ property: string; value: string | undefined }>, false>;
}

/** Named fields plus the "more properties" list, without empty values. */
export function propertiesFrom(
  named: Record<string, string | number | undefined | null>,
  more?: Array<{ property: string; value?: string }>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(named))
    if (value !== undefined && value !== null && value !== '') out[name] = String(value);
  for (const entry of more ?? []) if (entry.property) out[entry.property] = entry.value ?? '';
  return out;
}

/** The item a contact becomes: id, properties at the top level, and HubSpot's timestamps. */
export function contactItem(object: HubSpotObject): Record<string, unknown> {
  return {
    id: object.id,
    ...object.properties,
    createdAt: object.createdAt,
    updatedAt: object.updatedAt,
    ...(object.new !== undefined ? { isNew: object.new } : {}),
  };
}
