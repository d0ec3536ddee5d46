import { NodeError } from '@ainow/engine/sdk';
import {
  costUsd,
  gradeOf,
  openAiBaseUrl,
  priceOf,
  retryAfterMsOf,
  schemaFromFields,
  toStrictSchema,
} from '../../../src/vendors/openai';
import { priceTableFrom } from '../../../src/vendors/openai/ai-usage';
import { withinLimit } from '../../../src/vendors/openai/ai-personalise.action';
import { estimateTokens } from '../../../src/vendors/openai/http-fetch';
import { strictSchemaProblem } from '../../../src/simulators/openai-request-check';

describe('price table', () => {
  it.each([
    ['gpt-4o-mini', { input: 0.15, output: 0.6 }],
    ['gpt-4o-mini-2024-07-18', { input: 0.15, output: 0.6 }],
    ['gpt-4o-2024-08-06', { input: 2.5, output: 10 }],
    ['gpt-4.1-nano', { input: 0.1, output: 0.4 }],
    ['my-own-model', undefined],
  ])('prices %s', (model, price) => expect(priceOf(model)).toEqual(price));

  it.each([
    ['gpt-4o-mini', 1_000_000, 1_000_000, 0.75],
    ['gpt-4o', 1000, 500, 0.0075],
    ['unknown', 10, 10, null],
  ])('costs %s at %i in / %i out as %p USD', (model, promptTokens, completionTokens, cost) => {
    expect(costUsd(model, { promptTokens, completionTokens })).toBe(cost);
  });

  it('takes overrides and new models from the prices parameter', () => {
    const table = priceTableFrom(
      '{ "my-own-model": { "input": 1, "output": 2 }, "gpt-4o-mini": { "input": 0, "output": 0 } }',
    );
    expect(costUsd('my-own-model', { promptTokens: 1e6, completionTokens: 1e6 }, table)).toBe(3);
    expect(costUsd('gpt-4o-mini', { promptTokens: 1e6, completionTokens: 1e6 }, table)).toBe(0);
  });

  it.each([['[1]'], [{ 'gpt-x': { input: 'cheap' } }]])('rejects a bad prices parameter %j', (value) => {
    expect(() => priceTableFrom(value)).toThrow(NodeError);
  });
});

describe('strict schemas', () => {
  it('closes objects and turns optional properties nullable, deeply', () => {
    const strict = toStrictSchema({
      type: 'object',
      properties: {
        name: { type: 'string' },
        stage: { type: 'string', enum: ['new', 'won'] },
        contacts: {
          type: 'array',
          items: { type: 'object', properties: { email: { type: 'string' } }, required: ['email'] },
        },
        extra: { anyOf: [{ type: 'string' }, { type: 'number' }] },
      },
      required: ['name'],
    });
    expect(strict).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string' },
        stage: { type: ['string', 'null'], enum: ['new', 'won', null] },
        contacts: {
          type: ['array', 'null'],
          items: {
            type: 'object',
            properties: { email: { type: 'string' } },
            required: ['email'],
            additionalProperties: false,
          },
        },
        extra: { anyOf: [{ anyOf: [{ type: 'string' }, { type: 'number' }] }, { type: 'null' }] },
      },
      required: ['name', 'stage', 'contacts', 'extra'],
      additionalProperties: false,
    });
    expect(strictSchemaProblem(strict)).toBeUndefined();
  });

  it('builds a strict schema from form fields', () => {
    const schema = schemaFromFields([
      { name: 'budget', type: 'number' },
      { name: 'tags', type: 'string[]', description: 'Topics', required: false },
    ]);
    expect(schema.properties).toEqual({
      budget: { type: 'number' },
      tags: { type: 'array', items: { type: 'string' }, description: 'Topics' },
    });
    expect(strictSchemaProblem(toStrictSchema(schema))).toBeUndefined();
  });

  it.each([
    [[{ name: '', type: 'string' }], 'schema field 1 has no name'],
    [
      [
        { name: 'a', type: 'string' },
        { name: 'a', type: 'number' },
      ],
      'schema field "a" is listed twice',
    ],
  ] as const)('rejects bad form fields %j', (fields, message) => {
    expect(() => schemaFromFields([...fields])).toThrow(message);
  });
});

describe('small rules', () => {
  it.each([
    [undefined, 'https://api.openai.com/v1'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010/v1'],
    ['http://127.0.0.1:4010/', 'http://127.0.0.1:4010/v1'],
    ['https://proxy.example.com/openai/v1/', 'https://proxy.example.com/openai/v1'],
  ])('base URL %s → %s', (given, expected) => expect(openAiBaseUrl(given)).toBe(expected));

  it.each([
    [{ 'retry-after-ms': '1500', 'retry-after': '9' }, 1500],
    [{ 'retry-after': '2' }, 2000],
    [{}, undefined],
  ])('retry wait from %j is %p ms', (headers, ms) => expect(retryAfterMsOf(new Headers(headers))).toBe(ms));

  it('reads an HTTP-date retry-after', () => {
    const ms = retryAfterMsOf(new Headers({ 'retry-after': new Date(Date.now() + 5000).toUTCString() }));
    expect(ms).toBeGreaterThan(3000);
    expect(ms).toBeLessThanOrEqual(5000);
  });

  it.each([
    [100, 'A'],
    [80, 'A'],
    [79, 'B'],
    [60, 'B'],
    [45, 'C'],
    [39, 'D'],
    [0, 'D'],
  ])('score %i is grade %s', (score, grade) => expect(gradeOf(score)).toBe(grade));

  it.each([
    ['short', 10, 'short'],
    ['Hello Ada, great to see Initech growing fast', 20, 'Hello Ada, great to'],
    ['Supercalifragilistic', 5, 'Super'],
  ])('keeps %j within %i characters', (text, max, expected) => expect(withinLimit(text, max)).toBe(expected));
});

describe('estimateTokens', () => {
  it.each([
    [{ messages: [{ role: 'user', content: 'x'.repeat(400) }], max_tokens: 50 }, 151],
    [
      {
        messages: [
          { role: 'system', content: 'abcd' },
          { role: 'user', content: 'abcd' },
        ],
        max_completion_tokens: 10,
      },
      13,
    ],
    [{ messages: [] }, 0],
  ])('estimate %# is %i tokens', (body, expected) => {
    expect(estimateTokens(JSON.stringify(body))).toBe(expected);
  });

  it('falls back to characters / 4 for a body that is not JSON', () => {
    expect(estimateTokens('x'.repeat(41))).toBe(11);
  });
});
