import type { Workflow } from '../workflow/workflow.schema';
import type { Item } from '../workflow/item';
import type { RunInfo } from '../sdk/node-context';
import type { RunGraph } from './run-graph';
import type { RuntimeDeps, RunOptions, RunResult } from './run-options';
import type { InputSegment, StepRecord } from './step-record';
import type { ExpressionContext } from '../expression/expression-evaluator.port';
import { findPairedItem } from './paired-item';

/** Everything one run shares between its steps. */
export interface RunSession {
  deps: RuntimeDeps;
  graph: RunGraph;
  workflow: Workflow;
  options: RunOptions;
  runId: string;
  info: RunInfo;
  signal: AbortSignal;
  /** Steps by index; holes for steps not stored. */
  steps: StepRecord[];
  /** Per node: state that spans Loop iterations. */
  runStates: Map<string, Map<string, unknown>>;
  /** OAuth tokens and the like, per credential, for this run. */
  tokenCache: Map<string, { value: unknown; expiresAt: number }>;
  usePinData: boolean;
  /** Runs a sub-workflow; set by the runtime. */
  runChild(workflow: Workflow, items: Item[]): Promise<RunResult>;
}

/** The latest main output of the node named `name` in this run. */
export function nodeItemsByName(session: RunSession, name: string): Item[] | undefined {
  const id = session.graph.byName.get(name);
  if (!id) return undefined;
  for (let i = session.steps.length - 1; i >= 0; i--) {
    const step = session.steps[i];
    if (step?.nodeId === id) return step.output.main ?? Object.values(step.output)[0];
  }
  return undefined;
}

/** The context the expression evaluator sees for one step. */
export function expressionContext(
  session: RunSession,
  input: Record<string, InputSegment[]>,
): ExpressionContext {
  return {
    workflow: { id: session.options.workflowId ?? session.workflow.id, name: session.workflow.name },
    execution: { id: session.runId, mode: session.info.mode, resumeUrl: session.info.resumeUrl },
    vars: { ...(session.workflow.variables ?? {}), ...(session.options.variables ?? {}) },
    timezone: session.info.timezone,
    nodeNames: [...session.graph.byName.keys()],
    nodeItems: (name) => nodeItemsByName(session, name),
    pairedItem: (name, index) => {
      const id = session.graph.byName.get(name);
      return id ? findPairedItem(session.steps, input, 'main', index, id) : undefined;
    },
  };
}
