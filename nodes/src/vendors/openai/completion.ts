import Ajv, { type ValidateFunction } from 'ajv';
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import { NodeError } from '@ainow/engine/sdk';
import { openAiClientFor, type OpenAiContext } from './openai-client';
import { toNodeError } from './openai-error';
import { usageRecord, type AiUsage, type PriceTable } from './ai-usage';
import type { JsonSchema } from './strict-schema';

/**
 * One chat completion through the `openai` SDK, as the AI nodes use it: text replies, and strict
 * structured outputs that are parsed and checked against the schema (Ajv). A structured reply that
 * is not valid JSON for the schema is asked for once more; a second bad reply is an item error.
 *
 * @example
 * const { value, usage } = await completeStructured(ctx, {
 *   model: 'gpt-4o-mini', messages, schemaName: 'lead_score', schema,
 * }, DEFAULT_PRICES);
 */
export interface CompletionRequest {
  model: string;
  messages: ChatCompletionMessageParam[];
  temperature?: number;
  maxTokens?: number;
}

export interface StructuredRequest extends CompletionRequest {
  schemaName: string;
  /** Must already follow the strict rules (see `toStrictSchema`). */
  schema: JsonSchema;
}

const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, logger: false });
const validators = new Map<string, ValidateFunction>();

function validatorFor(schema: JsonSchema): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    try {
      validate = ajv.compile(schema);
    } catch (error) {
      throw new NodeError(`The JSON Schema is not valid: ${(error as Error).message}`, {
        code: 'invalid_schema',
      });
    }
    if (validators.size > 200) validators.clear();
    validators.set(key, validate);
  }
  return validate;
}

async function create(
  ctx: OpenAiContext,
  body: ChatCompletionCreateParamsNonStreaming,
): Promise<ChatCompletion> {
  const client = openAiClientFor(ctx);
  try {
    return await client.chat.completions.create(body, { signal: ctx.signal });
  } catch (error) {
    throw toNodeError(error);
  }
}

function baseBody(request: CompletionRequest): ChatCompletionCreateParamsNonStreaming {
  return {
    model: request.model,
    messages: request.messages,
    ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
    ...(request.maxTokens !== undefined ? { max_completion_tokens: request.maxTokens } : {}),
  };
}

/** Adds a call's tokens and cost to the step's and run's usage (also for replies that failed). */
function reported(ctx: OpenAiContext, usage: AiUsage): AiUsage {
  ctx.reportUsage?.({
    promptTokens: usage.promptTokens,
    completionTokens: usage.completionTokens,
    totalTokens: usage.totalTokens,
    requests: usage.requests,
    ...(usage.costUsd === null ? {} : { costUsd: usage.costUsd }),
  });
  return usage;
}

export async function completeText(
  ctx: OpenAiContext,
  request: CompletionRequest,
  prices: PriceTable,
): Promise<{ text: string; finishReason: string; usage: AiUsage }> {
  const reply = await create(ctx, baseBody(request));
  const choice = reply.choices[0];
  if (!choice)
    throw new NodeError('OpenAI answered with no choices', { code: 'empty_reply', retryable: true });
  if (choice.message.refusal)
    throw new NodeError(`OpenAI refused: ${choice.message.refusal}`, { code: 'refused' });
  return {
    text: choice.message.content ?? '',
    finishReason: choice.finish_reason,
    usage: reported(ctx, usageRecord(request.model, [reply.usage], prices)),
  };
}

/** What is wrong with one structured reply, or the parsed value. */
function readStructured(
  reply: ChatCompletion,
  validate: ValidateFunction,
): { value?: unknown; problem?: string } {
  const choice = reply.choices[0];
  if (choice?.message.refusal)
    throw new NodeError(`OpenAI refused: ${choice.message.refusal}`, { code: 'refused' });
  const content = choice?.message.content ?? '';
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    const cut =
      choice?.finish_reason === 'length' ? ' (the reply was cut at the token limit: raise Max tokens)' : '';
    return { problem: `the reply is not JSON${cut}: ${content.slice(0, 120)}` };
  }
  if (validate(value)) return { value };
  const problems = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}`);
  return { problem: `the reply does not match the schema: ${problems.join('; ')}` };
}

export async function completeStructured<T = unknown>(
  ctx: OpenAiContext,
  request: StructuredRequest,
  prices: PriceTable,
): Promise<{ value: T; usage: AiUsage }> {
  const validate = validatorFor(request.schema);
  const body: ChatCompletionCreateParamsNonStreaming = {
    ...baseBody(request),
    response_format: {
      type: 'json_schema',
      json_schema: { name: request.schemaName, schema: request.schema, strict: true },
    },
  };
  const usages: ChatCompletion['usage'][] = [];
  let problem = '';
  for (let attempt = 1; attempt <= 2; attempt++) {
    const reply = await create(ctx, body);
    usages.push(reply.usage);
    const result = readStructured(reply, validate);
    if (!result.problem)
      return { value: result.value as T, usage: reported(ctx, usageRecord(request.model, usages, prices)) };
    problem = result.problem;
  }
  reported(ctx, usageRecord(request.model, usages, prices));
  throw new NodeError(`OpenAI's structured reply was invalid twice; ${problem}`, {
    code: 'invalid_structured_output',
    description:
      'The reply was asked for twice. Simplify the schema, raise Max tokens or try a stronger model.',
  });
}
