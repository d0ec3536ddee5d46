import type { HttpClient } from '@ainow/engine/sdk';
import { hubSpotCall, type HubSpotObject } from './client';

/** A contact's record id from an id or an email (`GET .../contacts/{email}?idProperty=email`). */
export async function contactIdOf(http: HttpClient, contact: string): Promise<string> {
  const value = contact.trim();
  if (/^\d+$/.test(value)) return value;
  const found = await hubSpotCall<HubSpotObject>(http, {
    method: 'GET',
    url: `/crm/v3/objects/contacts/${encodeURIComponent(value.toLowerCase())}`,
    query: { idProperty: 'email' },
  });
  return found.id;
}
