import { defineCredential, NodeError, Prop } from '@ainow/engine/sdk';

/** Where the OpenAI API lives unless a credential says otherwise. */
export const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/**
 * The base URL the `openai` SDK needs: it must end in `/v1` (the SDK appends `/chat/completions`).
 * A bare origin such as a simulator's `http://127.0.0.1:4010` gets `/v1` added.
 *
 * @example
 * openAiBaseUrl('http://127.0.0.1:4010'); // 'http://127.0.0.1:4010/v1'
 * openAiBaseUrl(undefined); // 'https://api.openai.com/v1'
 */
export function openAiBaseUrl(baseUrl: string | undefined): string {
  const raw = (baseUrl ?? OPENAI_DEFAULT_BASE_URL).replace(/\/+$/, '');
  return new URL(raw).pathname === '/' || new URL(raw).pathname === '' ? `${raw}/v1` : raw;
}

/**
 * The `openai` credential: an API key (secret), optional organization and project ids, and a base
 * URL that can point at a proxy, Azure-compatible gateway or the `openai` simulator.
 *
 * @example
 * { type: 'openai', values: { apiKey: 'sk-...', organization: 'org_123' } }
 */
export const openAiCredential = defineCredential({
  name: 'openai',
  displayName: 'OpenAI API key',
  docsUrl: 'https://platform.openai.com/api-keys',
  fields: {
    apiKey: Prop.text({ label: 'API key', required: true, secret: true, placeholder: 'sk-...' }),
    organization: Prop.text({
      label: 'Organization ID',
      help: 'Optional: sent as OpenAI-Organization',
      placeholder: 'org_...',
    }),
    project: Prop.text({
      label: 'Project ID',
      help: 'Optional: sent as OpenAI-Project',
      placeholder: 'proj_...',
    }),
  },
  baseUrl: { default: OPENAI_DEFAULT_BASE_URL, simulator: 'openai' },
  authenticate: (values, request) => ({
    ...request,
    headers: {
      ...request.headers,
      Authorization: `Bearer ${String(values.apiKey ?? '')}`,
      ...(values.organization ? { 'OpenAI-Organization': String(values.organization) } : {}),
      ...(values.project ? { 'OpenAI-Project': String(values.project) } : {}),
    },
  }),
  async test(values, helpers) {
    if (!values.apiKey)
      throw new NodeError(
        'The OpenAI credential has no API key; paste one from platform.openai.com/api-keys',
      );
    await helpers.fetchJson({
      method: 'GET',
      url: `${openAiBaseUrl(helpers.baseUrl)}/models`,
      headers: { Authorization: `Bearer ${String(values.apiKey)}` },
    });
  },
});
