/**
 * OpenAI nodes (category AI) and the `openai` credential type.
 *
 * @example
 * import { nodes, credentials } from './vendors/openai';
 * for (const node of nodes) registry.add(node);
 */
import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { chatNode } from './chat.action';
import { extractStructuredNode } from './extract-structured.action';
import { aiLeadScoreNode } from './ai-lead-score.action';
import { aiPersonaliseNode } from './ai-personalise.action';
import { openAiCredential } from './openai.credential';

export { chatNode, extractStructuredNode, aiLeadScoreNode, aiPersonaliseNode, openAiCredential };
export { gradeOf } from './ai-lead-score.action';
export { openAiBaseUrl, OPENAI_DEFAULT_BASE_URL } from './openai.credential';
export { toNodeError, retryAfterMsOf } from './openai-error';
export { DEFAULT_PRICES, costUsd, priceOf, type AiUsage, type ModelPrice, type PriceTable } from './ai-usage';
export { toStrictSchema, schemaFromFields } from './strict-schema';

export const nodes: AnyNodeDefinition[] = [
  chatNode,
  extractStructuredNode,
  aiLeadScoreNode,
  aiPersonaliseNode,
];
export const credentials: CredentialType[] = [openAiCredential];
