import type { Item, PortItems } from '../workflow/item';

/**
 * One node step of a run, stored as its own record when the step ends (DESIGN.md section 3).
 * A run's state can be rebuilt from its step records alone.
 */
export type StepStatus = 'success' | 'error' | 'skipped' | 'waiting' | 'cancelled';

/** Where a run of input items came from: `count` items of step `step`'s output port `port`. */
export interface InputSegment {
  step: number;
  nodeId: string;
  port: string;
  count: number;
}

export interface StepLog {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  data?: Record<string, unknown>;
  at: string;
}

export interface StepError {
  message: string;
  description?: string;
  code?: string;
  itemIndex?: number;
}

export interface StepRecord {
  runId: string;
  /** Position of the step in the run, from 0. */
  index: number;
  nodeId: string;
  nodeName: string;
  nodeType: string;
  /** How many times this node ran before in this run (loops). */
  runIndex: number;
  status: StepStatus;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** Input items per port, as references to the steps that produced them. */
  input: Record<string, InputSegment[]>;
  itemsIn: number;
  output: PortItems;
  itemsOut: Record<string, number>;
  error?: StepError;
  /** Tries beyond the first (retries). */
  retries: number;
  logs: StepLog[];
  /** Set while a Wait step holds the run. */
  waitUntil?: string;
  /** True when the output came from pinned data. */
  pinned?: boolean;
  /** What the step used (AI tokens, cost, requests), summed over its items. */
  usage?: Record<string, number>;
  /** The webhook answer a Respond to Webhook step gave. */
  response?: { status: number; headers: Record<string, string>; body: string };
  dryRun?: boolean;
}

export function countItems(output: PortItems): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [port, items] of Object.entries(output)) counts[port] = items.length;
  return counts;
}

export function emptyOutput(ports: string[]): PortItems {
  const output: PortItems = {};
  for (const port of ports) output[port] = [];
  return output;
}

export type { Item };
