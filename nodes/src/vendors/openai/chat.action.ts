import { defineNode, Prop } from '@ainow/engine/sdk';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { completeText } from './completion';
import { priceTableFrom } from './ai-usage';
import { modelProps, openAiNodeBase } from './model-props';

/**
 * OpenAI Chat: renders a prompt template over the item, asks a chat model, and adds the reply
 * text and the token usage and cost (`_ai`, see ai-usage.ts) to the item.
 *
 * @example
 * { "type": "openai.chat", "parameters": { "prompt": "Summarise {{company}} in one line", "model": "gpt-4o-mini" } }
 * // → { ...item, text: 'Initech makes …', _ai: { promptTokens, completionTokens, costUsd, … } }
 */
export const chatNode = defineNode({
  ...openAiNodeBase,
  type: 'openai.chat',
  version: 1,
  displayName: 'OpenAI Chat',
  description:
    'Asks an OpenAI chat model with a prompt written over the item; returns the text and token usage',
  props: {
    systemMessage: Prop.template({
      label: 'System message',
      help: 'Instructions that frame every reply (Handlebars)',
    }),
    prompt: Prop.template({
      label: 'Prompt',
      required: true,
      placeholder: 'Write a one-line summary of {{company}}',
    }),
    outputField: Prop.text({ label: 'Output field', default: 'text' }),
    ...modelProps(0.7, 512),
  },
  outputSample: {
    text: 'Initech builds workflow software for banks.',
    _ai: {
      model: 'gpt-4o-mini',
      promptTokens: 42,
      completionTokens: 11,
      totalTokens: 53,
      requests: 1,
      costUsd: 0.0000129,
      finishReason: 'stop',
    },
  },
  async runItem(ctx, item) {
    const { props } = ctx;
    const messages: ChatCompletionMessageParam[] = [];
    const system = props.systemMessage ? ctx.renderTemplate(props.systemMessage, item, ctx.itemIndex) : '';
    if (system.trim()) messages.push({ role: 'system', content: system });
    messages.push({ role: 'user', content: ctx.renderTemplate(props.prompt, item, ctx.itemIndex) });
    const { text, finishReason, usage } = await completeText(
      ctx,
      { model: props.model, messages, temperature: props.temperature, maxTokens: props.maxTokens },
      priceTableFrom(props.prices),
    );
    if (finishReason === 'length')
      ctx.logger.warn('The reply was cut at Max tokens', { item: ctx.itemIndex, maxTokens: props.maxTokens });
    return { json: { ...item.json, [props.outputField || 'text']: text, _ai: { ...usage, finishReason } } };
  },
});
