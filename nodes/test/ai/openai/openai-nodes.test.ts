import { HttpError, NodeError, type AnyNodeDefinition, type Item } from '@ainow/engine/sdk';
import { runNode } from '@ainow/engine/testing';
import {
  aiLeadScoreNode,
  aiPersonaliseNode,
  chatNode,
  extractStructuredNode,
} from '../../../src/vendors/openai';
import type { OpenAiSimulator } from '../../../src/simulators/openai.simulator';
import { httpFor, lead, renderTemplate, startOpenAi } from './openai-test-kit';

let sim: OpenAiSimulator;
let credential: Awaited<ReturnType<typeof startOpenAi>>['credential'];

beforeAll(async () => ({ sim, credential } = await startOpenAi()));
afterAll(() => sim.stop());

const item: Item = { json: { ...lead, notes: 'Ada Lovelace (ada@initech.com) wants 40 seats in Q3' } };

/** Each node with props that make it run, and what its output must show. */
const cases: Array<
  [string, AnyNodeDefinition, Record<string, unknown>, (json: Record<string, unknown>) => void]
> = [
  [
    'Chat',
    chatNode,
    {
      prompt: 'Summarise {{company}} for {{first_name}}',
      systemMessage: 'Be brief',
      model: 'gpt-4o-mini',
      temperature: 0.7,
      maxTokens: 200,
      outputField: 'summary',
    },
    (json) => expect(json.summary).toContain('Summarise Initech for Ada'),
  ],
  [
    'Structured extraction',
    extractStructuredNode,
    {
      input: '{{notes}}',
      instructions: 'Extract the fields.',
      schemaSource: 'fields',
      fields: [
        { name: 'email', type: 'string', required: true },
        { name: 'seats', type: 'integer', required: false },
      ],
      makeStrict: true,
      outputField: 'extracted',
      model: 'gpt-4o-mini',
      temperature: 0,
      maxTokens: 500,
    },
    (json) => {
      const extracted = json.extracted as Record<string, unknown>;
      expect(extracted.email).toBe('ada@initech.com');
      expect(Number.isInteger(extracted.seats)).toBe(true);
    },
  ],
  [
    'AI Lead Score',
    aiLeadScoreNode,
    {
      idealCustomerProfile: 'Sales leaders at software companies',
      fields: 'title, industry, employees',
      maxReasons: 2,
      model: 'gpt-4o-mini',
      temperature: 0,
      maxTokens: 400,
    },
    (json) => {
      expect(json.score).toEqual(expect.any(Number));
      expect(json.score as number).toBeGreaterThanOrEqual(0);
      expect(json.score as number).toBeLessThanOrEqual(100);
      expect(json.grade).toMatch(/^[ABCD]$/);
      expect((json.reasons as string[]).length).toBeLessThanOrEqual(2);
      expect((json.fieldsUsed as string[]).every((f) => ['title', 'industry', 'employees'].includes(f))).toBe(
        true,
      );
    },
  ],
  [
    'AI Personalise',
    aiPersonaliseNode,
    {
      mode: 'opening',
      tone: 'friendly',
      template: 'Hi {{first_name}}',
      about: 'We verify emails',
      maxChars: 40,
      outputField: 'personalised',
      model: 'gpt-4o-mini',
      temperature: 0.7,
      maxTokens: 800,
    },
    (json) => {
      const out = json.personalised as Record<string, unknown>;
      expect(typeof out.subject).toBe('string');
      expect((out.opening as string).length).toBeLessThanOrEqual(40);
      expect((out.fieldsUsed as string[]).length).toBeGreaterThan(0);
    },
  ],
];

const structuredCases = cases.filter(([name]) => name !== 'Chat');
const run = (
  node: AnyNodeDefinition,
  props: Record<string, unknown>,
  apiKey?: string,
  usage?: Record<string, number>,
) => {
  const cred = credential(apiKey);
  return runNode(node, {
    props,
    items: [item],
    credential: cred,
    renderTemplate,
    http: httpFor(cred),
    usage,
  });
};

describe.each(cases)('OpenAI node %s against the simulator', (_, node, props, check) => {
  it('keeps the item, adds its output and token usage with cost', async () => {
    const out = await run(node, props);
    const json = out.main[0].json;
    expect(json.company).toBe('Initech');
    check(json);
    const ai = json._ai as Record<string, number>;
    expect(ai.promptTokens).toBeGreaterThan(0);
    expect(ai.totalTokens).toBe(ai.promptTokens + ai.completionTokens);
    expect(ai.costUsd).toBeCloseTo((ai.promptTokens * 0.15 + ai.completionTokens * 0.6) / 1e6, 12);
    expect(ai.requests).toBe(1);
  });

  it('reports the tokens and cost to the step, so the run can total them', async () => {
    const usage: Record<string, number> = {};
    const out = await run(node, props, undefined, usage);
    const ai = out.main[0].json._ai as Record<string, number>;
    expect(usage).toEqual({
      promptTokens: ai.promptTokens,
      completionTokens: ai.completionTokens,
      totalTokens: ai.totalTokens,
      requests: 1,
      costUsd: ai.costUsd,
    });
  });

  it('fails with a non-retryable 401 HttpError for a wrong key', async () => {
    const error = (await run(node, props, 'sk-wrong').catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('check the API key');
  });

  it('maps a 429 to a retryable HttpError with retryAfterMs from retry-after', async () => {
    sim.rateLimitNext({ retryAfterSeconds: 3 });
    const error = (await run(node, props).catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect([error.status, error.retryable, error.retryAfterMs]).toEqual([429, true, 3000]);
  });

  it('maps insufficient_quota to a non-retryable error', async () => {
    sim.rateLimitNext({ kind: 'quota' });
    const error = (await run(node, props).catch((e: unknown) => e)) as NodeError;
    expect([error.code, error.retryable]).toEqual(['insufficient_quota', false]);
  });

  it.each([500, 503])('maps a %i to a retryable HttpError', async (status) => {
    sim.failNext({
      status,
      body: { error: { message: 'overloaded', type: 'server_error', param: null, code: null } },
    });
    const error = (await run(node, props).catch((e: unknown) => e)) as HttpError;
    expect([error.status, error.retryable]).toEqual([status, true]);
  });
});

describe.each(structuredCases)('OpenAI node %s with schema-invalid replies', (_, node, props, check) => {
  it('asks once more after one invalid reply and counts both calls', async () => {
    sim.invalidNext(1);
    const out = await run(node, props);
    check(out.main[0].json);
    const ai = out.main[0].json._ai as Record<string, number>;
    expect(ai.requests).toBe(2);
  });

  it('fails the item after two invalid replies, saying why', async () => {
    sim.invalidNext(2);
    const before = sim.requests.length;
    const error = (await run(node, props).catch((e: unknown) => e)) as NodeError;
    expect(error).toBeInstanceOf(NodeError);
    expect(error.code).toBe('invalid_structured_output');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/does not match the schema: .*must have required property/);
    expect(sim.requests.length - before).toBe(2);
  });

  it('still reports the tokens the two invalid replies used', async () => {
    sim.invalidNext(2);
    const usage: Record<string, number> = {};
    await run(node, props, undefined, usage).catch(() => undefined);
    expect(usage.requests).toBe(2);
    expect(usage.promptTokens).toBeGreaterThan(0);
  });
});

describe('OpenAI nodes: requests they send', () => {
  it('send strict json_schema with the lead fields only and the no-invention rule', async () => {
    const [, , props] = cases[3];
    await run(aiPersonaliseNode, { ...props, fields: 'title, company' });
    const body = sim.requests.at(-1)!.body as {
      response_format: {
        json_schema: {
          strict: boolean;
          schema: { properties: { fieldsUsed: { items: { enum: string[] } } } };
        };
      };
      messages: Array<{ content: string }>;
    };
    expect(body.response_format.json_schema.strict).toBe(true);
    expect(body.response_format.json_schema.schema.properties.fieldsUsed.items.enum).toEqual([
      'title',
      'company',
    ]);
    expect(body.messages[0].content).toContain('Never invent facts');
    expect(body.messages[1].content).toBe('Lead: {"title":"VP of Sales","company":"Initech"}');
    expect(sim.requests.at(-1)!.path).toBe('/v1/chat/completions');
  });

  it('go through ctx.http, so that the runtime applies the rate limit and timeout', async () => {
    const cred = credential();
    const http = httpFor(cred);
    await runNode(chatNode, {
      props: cases[0][2],
      items: [item, item],
      credential: cred,
      renderTemplate,
      http,
    });
    expect(http.urls).toEqual([`${sim.url()}/v1/chat/completions`, `${sim.url()}/v1/chat/completions`]);
  });

  it('load the model list for the Model field from GET /v1/models', async () => {
    const cred = credential();
    const ctx = { credential: cred, http: httpFor(cred), signal: new AbortController().signal };
    const options = await chatNode.loadOptions!.models(
      ctx as unknown as Parameters<NonNullable<typeof chatNode.loadOptions>['models']>[0],
    );
    expect(options).toContainEqual({ value: 'gpt-4o-mini', label: 'gpt-4o-mini' });
  });

  it('fail clearly without a credential', async () => {
    const error = (await runNode(chatNode, { props: cases[0][2], items: [item], renderTemplate }).catch(
      (e: unknown) => e,
    )) as NodeError;
    expect(error.code).toBe('credential_missing');
  });

  it('fail clearly when the lead has none of the named fields', async () => {
    const error = (await run(aiLeadScoreNode, { ...cases[2][2], fields: 'budget' }).catch(
      (e: unknown) => e,
    )) as NodeError;
    expect(error.message).toBe('The item has none of the fields budget');
  });
});
