import type { HttpClient, Item, ResolvedCredential } from '@ainow/engine/sdk';
import { createHttpClient } from '@ainow/engine/runtime';
import { openAiCredential } from '../../../src/vendors/openai';
import { createOpenAiSimulator, type OpenAiSimulator } from '../../../src/simulators/openai.simulator';

/** A started OpenAI simulator that accepts only `sk-test`, and credentials pointing at it. */
export async function startOpenAi(): Promise<{
  sim: OpenAiSimulator;
  credential: (apiKey?: string) => ResolvedCredential;
}> {
  const sim = createOpenAiSimulator({ apiKeys: ['sk-test'] });
  const { url } = await sim.start();
  return {
    sim,
    // A bare origin on purpose: the nodes must add /v1 themselves.
    credential: (apiKey = 'sk-test') => ({
      id: 'cred_openai',
      type: 'openai',
      values: { apiKey },
      baseUrl: url,
    }),
  };
}

/** Enough of the runtime's Handlebars rendering for tests: `{{field}}` from the item's json. */
export function renderTemplate(template: string, item: Item): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => {
    const value = path
      .split('.')
      .reduce<unknown>((obj, key) => (obj as Record<string, unknown> | undefined)?.[key], item.json);
    return value === undefined || value === null ? '' : String(value);
  });
}

export const lead = {
  first_name: 'Ada',
  title: 'VP of Sales',
  company: 'Initech',
  industry: 'computer software',
  employees: 480,
  email: 'ada@initech.com',
};

/** The runtime's `ctx.http` for a credential, recording every URL it sends to. */
export function httpFor(credential: ResolvedCredential): HttpClient & { urls: string[] } {
  const cache = new Map<string, unknown>();
  const inner = createHttpClient({
    credential,
    credentialType: openAiCredential,
    signal: new AbortController().signal,
    tokenCache: { get: (key) => cache.get(key), set: (key, value) => void cache.set(key, value) },
  });
  const urls: string[] = [];
  return {
    urls,
    request(request) {
      urls.push(request.url);
      return inner.request(request);
    },
  };
}
