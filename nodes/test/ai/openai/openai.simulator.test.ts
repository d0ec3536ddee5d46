import OpenAI, {
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
} from 'openai';
import Ajv from 'ajv';
import { createOpenAiSimulator, type OpenAiSimulator } from '../../../src/simulators/openai.simulator';

const leadSchema = {
  type: 'object',
  properties: {
    score: { type: 'integer', minimum: 0, maximum: 100 },
    grade: { type: 'string', enum: ['A', 'B', 'C', 'D'] },
    reasons: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3 },
    fieldsUsed: { type: 'array', items: { type: 'string' } },
    email: { type: ['string', 'null'] },
    contact: {
      type: 'object',
      properties: { phone: { anyOf: [{ type: 'string' }, { type: 'null' }] }, verified: { type: 'boolean' } },
      required: ['phone', 'verified'],
      additionalProperties: false,
    },
    revenue: { type: 'number', minimum: 10, maximum: 20 },
  },
  required: ['score', 'grade', 'reasons', 'fieldsUsed', 'email', 'contact', 'revenue'],
  additionalProperties: false,
};

describe('OpenAI simulator through the official openai SDK', () => {
  let sim: OpenAiSimulator;
  let client: OpenAI;

  beforeAll(async () => {
    sim = createOpenAiSimulator({ apiKeys: ['sk-test'] });
    const { url } = await sim.start();
    client = new OpenAI({ apiKey: 'sk-test', baseURL: `${url}/v1`, maxRetries: 0, timeout: 5000 });
  });
  afterAll(() => sim.stop());

  const ask = (body: Partial<OpenAI.Chat.ChatCompletionCreateParamsNonStreaming>, c = client) =>
    c.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'Hello there' }],
      ...body,
    });

  it('answers a plain chat with text, usage and OpenAI headers', async () => {
    const { data, response } = await ask({
      messages: [
        { role: 'system', content: 'Be brief' },
        { role: 'user', content: 'Say hi to Ada' },
      ],
    }).withResponse();
    expect(data.object).toBe('chat.completion');
    expect(data.choices[0].message.content).toContain('Say hi to Ada');
    expect(data.choices[0].finish_reason).toBe('stop');
    expect(data.usage!.prompt_tokens).toBeGreaterThan(0);
    expect(data.usage!.total_tokens).toBe(data.usage!.prompt_tokens + data.usage!.completion_tokens);
    expect(response.headers.get('x-ratelimit-limit-requests')).toBe('500');
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('returns JSON valid for a strict schema, the same for the same prompt, drawing on the prompt', async () => {
    const body = {
      messages: [
        {
          role: 'user' as const,
          content: 'Lead: {"title":"VP of Sales","industry":"software","email":"ada@initech.com"}',
        },
      ],
      response_format: {
        type: 'json_schema' as const,
        json_schema: { name: 'lead', schema: leadSchema, strict: true },
      },
    };
    const first = JSON.parse((await ask(body)).choices[0].message.content!);
    const second = JSON.parse((await ask(body)).choices[0].message.content!);
    const validate = new Ajv({ strict: false }).compile(leadSchema);
    expect(validate(first)).toBe(true);
    expect(second).toEqual(first);
    expect(first.email).toBe('ada@initech.com');
    expect(first.fieldsUsed.every((f: string) => ['title', 'industry', 'email'].includes(f))).toBe(true);
  });

  it('breaks the schema on purpose once after invalidNext', async () => {
    sim.invalidNext();
    const format = {
      type: 'json_schema' as const,
      json_schema: { name: 'lead', schema: leadSchema, strict: true },
    };
    const bad = JSON.parse((await ask({ response_format: format })).choices[0].message.content!);
    const good = JSON.parse((await ask({ response_format: format })).choices[0].message.content!);
    expect(bad.score).toBeUndefined();
    expect(typeof good.score).toBe('number');
  });

  it('lists models', async () => {
    const page = await client.models.list();
    expect(page.data.map((m) => m.id)).toContain('gpt-4o-mini');
  });

  it('cuts the reply at max_completion_tokens with finish_reason length', async () => {
    const reply = await ask({ max_completion_tokens: 3 });
    expect(reply.choices[0].finish_reason).toBe('length');
    expect(reply.choices[0].message.content!.length).toBeLessThanOrEqual(12);
  });

  it('rejects an unknown key with 401 invalid_api_key', async () => {
    const other = new OpenAI({ apiKey: 'sk-wrong', baseURL: client.baseURL, maxRetries: 0 });
    const error = await ask({}, other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).code).toBe('invalid_api_key');
    expect((error as AuthenticationError).message).toContain('Incorrect API key provided: sk-*****rong');
  });

  it.each([
    ['no Authorization header', {}],
    ['a Basic Authorization header', { authorization: 'Basic c2stdGVzdDo=' }],
  ])('rejects a request with %s with 401', async (_, headers) => {
    const res = await fetch(`${client.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      "didn't provide an API key",
    );
  });

  it.each([
    ['no model', { model: '' }, 'model'],
    ['empty messages', { messages: [] }, "too short - 'messages'"],
    ['a bad role', { messages: [{ role: 'robot', content: 'x' }] }, "'robot'"],
    ['temperature above 2', { temperature: 3 }, 'temperature'],
    [
      'a strict schema without additionalProperties',
      {
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'x',
            strict: true,
            schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] },
          },
        },
      },
      'additionalProperties',
    ],
    [
      'a strict schema with an optional property',
      {
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'x',
            strict: true,
            schema: {
              type: 'object',
              properties: { a: { type: 'string' } },
              required: [],
              additionalProperties: false,
            },
          },
        },
      },
      "Missing 'a'",
    ],
    [
      'a strict schema whose root is not an object',
      {
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'x', strict: true, schema: { type: 'array', items: { type: 'string' } } },
        },
      },
      'type: "object"',
    ],
  ])('answers 400 invalid_request_error for %s', async (_, body, message) => {
    const error = await ask(body as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).type).toBe('invalid_request_error');
    expect((error as BadRequestError).message).toContain(message);
  });

  it('answers 404 model_not_found for an unknown model', async () => {
    const error = await ask({ model: 'llama-3' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe('model_not_found');
  });

  it.each([
    ['requests', 'rate_limit_exceeded', 'requests'],
    ['tokens', 'rate_limit_exceeded', 'tokens'],
    ['quota', 'insufficient_quota', 'insufficient_quota'],
  ] as const)('answers 429 (%s) with retry-after and rate-limit headers', async (kind, code, type) => {
    sim.rateLimitNext({ kind, retryAfterSeconds: 2 });
    const error = (await ask({}).catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.code).toBe(code);
    expect(error.type).toBe(type);
    expect(error.headers?.get('retry-after')).toBe('2');
    expect(error.headers?.get('x-ratelimit-remaining-requests')).toBe('0');
  });

  it('answers 5xx through failNext', async () => {
    sim.failNext({
      status: 503,
      body: { error: { message: 'The server is overloaded', type: 'server_error', param: null, code: null } },
    });
    await expect(ask({})).rejects.toBeInstanceOf(InternalServerError);
  });
});
