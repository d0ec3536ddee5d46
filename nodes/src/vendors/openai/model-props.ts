import { Prop } from '@ainow/engine/sdk';
import type { RunContext } from '@ainow/engine/sdk';
import { openAiClientFor } from './openai-client';
import { toNodeError } from './openai-error';

/**
 * Props every OpenAI node shares (model, temperature, max tokens, price table) and what they
 * declare alike: credential, effect, rate limit and the model list loader.
 *
 * @example
 * defineNode({ ...openAiNodeBase, type: 'openai.chat', props: { prompt, ...modelProps(0.7) }, ... });
 */
export function modelProps(defaultTemperature: number, defaultMaxTokens: number) {
  return {
    model: Prop.text({
      label: 'Model',
      default: 'gpt-4o-mini',
      help: 'Any chat model the key can use, e.g. gpt-4o-mini, gpt-4.1, gpt-5-mini',
      loadOptions: 'models',
    }),
    temperature: Prop.number({
      label: 'Temperature',
      default: defaultTemperature,
      min: 0,
      max: 2,
      help: '0 is most repeatable',
    }),
    maxTokens: Prop.number({
      label: 'Max tokens',
      default: defaultMaxTokens,
      min: 1,
      help: 'Upper limit on the reply length in tokens',
    }),
    prices: Prop.json({
      label: 'Prices (USD per million tokens)',
      help: 'Overrides or adds models to the price table used for _ai.costUsd, e.g. { "gpt-4o-mini": { "input": 0.15, "output": 0.6 } }',
    }),
  };
}

/** OpenAI's tier-1 limit for small models (500 requests a minute); raise it per credential tier. */
/** OpenAI's usage tier 1 for gpt-4o-mini: 500 requests and 200,000 tokens a minute per key. */
export const OPENAI_RATE_LIMIT = { requests: 500, perMs: 60_000, tokens: 200_000 };

async function listModels(ctx: RunContext<unknown>): Promise<Array<{ value: string; label: string }>> {
  try {
    const page = await openAiClientFor(ctx).models.list({ signal: ctx.signal });
    return page.data
      .map((model) => ({ value: model.id, label: model.id }))
      .sort((a, b) => a.value.localeCompare(b.value));
  } catch (error) {
    throw toNodeError(error);
  }
}

/** The parts of a node declaration every OpenAI node has. */
export const openAiNodeBase = {
  category: 'AI' as const,
  icon: 'openai',
  docsUrl: 'https://platform.openai.com/docs/api-reference/chat',
  credential: { type: 'openai', required: true },
  effect: 'read' as const,
  rateLimit: OPENAI_RATE_LIMIT,
  concurrency: 4,
  loadOptions: { models: listModels },
};
