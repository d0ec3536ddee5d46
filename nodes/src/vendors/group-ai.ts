/**
 * The AI group of built-in nodes: OpenAI nodes, the local lead-score nodes, their credential
 * types and the simulators that stand in for their vendors in tests and sandbox runs.
 *
 * @example
 * for (const node of aiNodes) registry.add(node);
 * const sim = aiSimulators.openai(); await sim.start();
 */
import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import type { Simulator } from '../simulators/kit';
import { createOpenAiSimulator } from '../simulators/openai.simulator';
import * as openai from './openai';
import * as local from '../ai';

export const aiNodes: AnyNodeDefinition[] = [...openai.nodes, ...local.nodes];
export const aiCredentials: CredentialType[] = [...openai.credentials, ...local.credentials];
/** Simulator factories by the key credential types name in `baseUrl.simulator`. */
export const aiSimulators: Record<string, () => Simulator> = { openai: () => createOpenAiSimulator() };
