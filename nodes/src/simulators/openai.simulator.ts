import { randomUUID } from 'node:crypto';
import { createSimulator, type SimRequest, type SimResponse, type Simulator } from './kit';
import { checkChatRequest, type ChatMessage, type ChatRequest } from './openai-request-check';
import { hashText, valuesForSchema } from './openai-schema-values';

/**
 * OpenAI simulator: `POST /v1/chat/completions` and `GET /v1/models` following the real contract
 * (vendor-contracts.md section 13): bearer auth with OpenAI's 401 body, request validation with
 * 400 `invalid_request_error`, strict structured outputs answered with JSON valid for the schema
 * sent, plain text replies, token usage (about 4 characters a token), rate-limit headers on every
 * answer, 429s with `retry-after`, and 5xx through the kit's `failNext`.
 *
 * @example
 * const sim = createOpenAiSimulator({ apiKeys: ['sk-test'] });
 * const { url } = await sim.start();
 * const client = new OpenAI({ apiKey: 'sk-test', baseURL: `${url}/v1`, maxRetries: 0 });
 * sim.rateLimitNext({ retryAfterSeconds: 2 }); // the next request gets a 429
 * sim.invalidNext(); // the next structured reply breaks its schema
 */
export interface OpenAiSimulatorOptions {
  /** Keys accepted; default: any non-empty key. */
  apiKeys?: string[];
  /** Models listed by `GET /v1/models`; others matching `gpt-*`, `o<digit>*` or `ft:*` are accepted too. */
  models?: string[];
}

export interface OpenAiRateLimit {
  retryAfterSeconds?: number;
  /** `requests` or `tokens` (rate limits, retryable) or `quota` (insufficient_quota, not retryable). */
  kind?: 'requests' | 'tokens' | 'quota';
  times?: number;
}

export interface OpenAiSimulator extends Simulator {
  /** The next `times` structured replies are JSON that breaks the schema sent. */
  invalidNext(times?: number): void;
  /** The next `times` requests get OpenAI's 429 with its headers. */
  rateLimitNext(limit?: OpenAiRateLimit): void;
}

const DEFAULT_MODELS = [
  'gpt-4o-mini',
  'gpt-4o',
  'gpt-4.1',
  'gpt-4.1-mini',
  'gpt-4.1-nano',
  'o4-mini',
  'gpt-5-mini',
];
const LIMIT_REQUESTS = 500;
const LIMIT_TOKENS = 200_000;

export const approxTokens = (text: string): number => Math.ceil(text.length / 4);

function textOf(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  return (message.content ?? []).map((part) => part.text ?? '').join('\n');
}

function errorBody(message: string, type: string, param: string | null, code: string | null) {
  return { error: { message, type, param, code } };
}

function rateHeaders(remainingRequests: number, usedTokens: number): Record<string, string> {
  return {
    'x-request-id': `req_${randomUUID().replace(/-/g, '')}`,
    'openai-processing-ms': '12',
    'openai-version': '2020-10-01',
    'x-ratelimit-limit-requests': String(LIMIT_REQUESTS),
    'x-ratelimit-limit-tokens': String(LIMIT_TOKENS),
    'x-ratelimit-remaining-requests': String(Math.max(0, remainingRequests)),
    'x-ratelimit-remaining-tokens': String(Math.max(0, LIMIT_TOKENS - usedTokens)),
    'x-ratelimit-reset-requests': '120ms',
    'x-ratelimit-reset-tokens': '6m0s',
  };
}

function plainReply(request: ChatRequest): string {
  const last = [...request.messages].reverse().find((m) => m.role === 'user');
  const asked = last ? textOf(last).replace(/\s+/g, ' ').trim() : '';
  return `Simulated reply (${request.model}) to: ${asked.slice(0, 200)}`;
}

export function createOpenAiSimulator(options: OpenAiSimulatorOptions = {}): OpenAiSimulator {
  const models = options.models ?? DEFAULT_MODELS;
  let invalidLeft = 0;
  let served = 0;

  const authProblem = (req: SimRequest): SimResponse | undefined => {
    const header = req.headers.authorization ?? '';
    const key = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
    if (!key) {
      const message =
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).";
      return { status: 401, body: errorBody(message, 'invalid_request_error', null, null) };
    }
    if (options.apiKeys && !options.apiKeys.includes(key)) {
      const shown = `${key.slice(0, 3)}*****${key.slice(-4)}`;
      const message = `Incorrect API key provided: ${shown}. You can find your API key at https://platform.openai.com/account/api-keys.`;
      return { status: 401, body: errorBody(message, 'invalid_request_error', null, 'invalid_api_key') };
    }
    return undefined;
  };

  const knownModel = (model: string) => models.includes(model) || /^(gpt-|o\d|chatgpt-|ft:)/.test(model);

  const chat = (req: SimRequest): SimResponse => {
    const denied = authProblem(req);
    if (denied) return denied;
    const problem = checkChatRequest(req.body);
    if (problem)
      return { status: 400, body: errorBody(problem.message, 'invalid_request_error', problem.param, null) };
    const request = req.body as ChatRequest;
    if (!knownModel(request.model)) {
      const message = `The model \`${request.model}\` does not exist or you do not have access to it.`;
      return { status: 404, body: errorBody(message, 'invalid_request_error', null, 'model_not_found') };
    }
    if (request.stream) {
      return {
        status: 400,
        body: errorBody(
          'The simulator does not stream; send stream: false.',
          'invalid_request_error',
          'stream',
          null,
        ),
      };
    }
    const prompt = request.messages.map(textOf).join('\n');
    const format = request.response_format;
    let content: string;
    if (format?.type === 'json_schema' || format?.type === 'json_object') {
      const schema = format.json_schema?.schema ?? { type: 'object', properties: {} };
      const value =
        invalidLeft > 0 ? { unexpected: 'this reply breaks the schema' } : valuesForSchema(schema, prompt);
      if (invalidLeft > 0) invalidLeft -= 1;
      content = JSON.stringify(value);
    } else content = plainReply(request);
    const maxTokens = request.max_completion_tokens ?? request.max_tokens;
    let finishReason = 'stop';
    if (maxTokens !== undefined && approxTokens(content) > maxTokens) {
      content = content.slice(0, maxTokens * 4);
      finishReason = 'length';
    }
    const promptTokens = approxTokens(prompt) + 3 * request.messages.length;
    const completionTokens = approxTokens(content);
    served += 1;
    return {
      status: 200,
      headers: rateHeaders(LIMIT_REQUESTS - served, promptTokens + completionTokens),
      body: {
        id: `chatcmpl-${hashText(prompt + served).toString(36)}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: request.model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content, refusal: null, annotations: [] },
            logprobs: null,
            finish_reason: finishReason,
          },
        ],
        usage: {
          prompt_tokens: promptTokens,
          completion_tokens: completionTokens,
          total_tokens: promptTokens + completionTokens,
          prompt_tokens_details: { cached_tokens: 0 },
          completion_tokens_details: { reasoning_tokens: 0 },
        },
        system_fingerprint: 'fp_ainow_sim',
        service_tier: 'default',
      },
    };
  };

  const listModels = (req: SimRequest): SimResponse =>
    authProblem(req) ?? {
      status: 200,
      headers: rateHeaders(LIMIT_REQUESTS - served, 0),
      body: {
        object: 'list',
        data: models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'system' })),
      },
    };

  const sim = createSimulator('openai', [
    { method: 'POST', path: '/v1/chat/completions', handle: chat },
    { method: 'GET', path: '/v1/models', handle: listModels },
  ]);

  return Object.assign(sim, {
    invalidNext(times = 1) {
      invalidLeft += times;
    },
    rateLimitNext(limit: OpenAiRateLimit = {}) {
      const seconds = limit.retryAfterSeconds ?? 1;
      const kind = limit.kind ?? 'requests';
      const body =
        kind === 'quota'
          ? errorBody(
              'You exceeded your current quota, please check your plan and billing details.',
              'insufficient_quota',
              null,
              'insufficient_quota',
            )
          : errorBody(
              `Rate limit reached for gpt-4o-mini in organization org-sim on ${kind} per min. Please try again in ${seconds}s.`,
              kind,
              null,
              'rate_limit_exceeded',
            );
      const headers = {
        ...rateHeaders(0, LIMIT_TOKENS),
        'retry-after': String(seconds),
        'retry-after-ms': String(seconds * 1000),
      };
      sim.failNext({ status: 429, headers, body, times: limit.times ?? 1 });
    },
  });
}
