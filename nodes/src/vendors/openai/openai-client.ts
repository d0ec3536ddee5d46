import OpenAI from 'openai';
import { NodeError, type HttpClient, type ResolvedCredential } from '@ainow/engine/sdk';
import { openAiBaseUrl } from './openai.credential';
import { fetchThroughHttp } from './http-fetch';

/** What building a client needs from a node's context. */
export interface OpenAiContext {
  credential?: ResolvedCredential;
  /** Where token use and cost are summed for the step and the run. */
  reportUsage?(usage: Record<string, number>): void;
  signal: AbortSignal;
  http: HttpClient;
}

/**
 * An `openai` SDK client for the node's credential: its key, organization and project, the
 * credential's base URL (a proxy or the simulator), and `maxRetries: 0` because the workflow's
 * retry policy retries (honouring Retry-After) and the SDK must not retry underneath it. Requests
 * go through `ctx.http` (see http-fetch.ts), so the node's declared rate limit is enforced per
 * credential like for every other node.
 *
 * @example
 * const client = openAiClientFor(ctx);
 * await client.chat.completions.create({ model: 'gpt-4o-mini', messages }, { signal: ctx.signal });
 */
export function openAiClientFor(ctx: OpenAiContext, timeoutMs = 120_000): OpenAI {
  const values = ctx.credential?.values ?? {};
  if (!values.apiKey) {
    throw new NodeError('This node needs an OpenAI credential with an API key', {
      code: 'credential_missing',
      description: 'Choose or create an "OpenAI API key" credential in the node settings.',
    });
  }
  return new OpenAI({
    apiKey: String(values.apiKey),
    organization: values.organization ? String(values.organization) : null,
    project: values.project ? String(values.project) : null,
    baseURL: openAiBaseUrl(ctx.credential?.baseUrl),
    maxRetries: 0,
    timeout: timeoutMs,
    fetch: fetchThroughHttp(ctx.http, timeoutMs),
  });
}
