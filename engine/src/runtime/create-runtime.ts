import { randomUUID } from 'node:crypto';
import type { Workflow } from '../workflow/workflow.schema';
import type { Item } from '../workflow/item';
import { RunGraph } from './run-graph';
import { Scheduler } from './scheduler';
import { executeStep } from './execute-step';
import type { RunSession } from './run-session';
import type { RuntimeDeps, RunOptions, RunResult } from './run-options';
import type { InputSegment, StepRecord } from './step-record';
import { startNodesOf } from './start-nodes';

const MAX_DEPTH = 10;

/**
 * The in-memory runtime: runs a workflow to the end (or until it waits or fails), storing each
 * step through the step store as it ends. Given the steps of an earlier attempt it skips every
 * finished step, so a run whose worker died goes on from the last stored step.
 *
 * @example
 * const runtime = createRuntime({ registry, evaluator });
 * const result = await runtime.run(workflow, { triggerItems: [{ json: { email: 'ada@example.com' } }] });
 */
export interface Runtime {
  run(workflow: Workflow, options?: RunOptions): Promise<RunResult>;
}

export function createRuntime(deps: RuntimeDeps): Runtime {
  const runtime: Runtime = { run: (workflow, options = {}) => runWorkflow(deps, runtime, workflow, options) };
  return runtime;
}

async function runWorkflow(
  deps: RuntimeDeps,
  runtime: Runtime,
  workflow: Workflow,
  options: RunOptions,
): Promise<RunResult> {
  const startedAt = new Date().toISOString();
  const runId = options.runId ?? randomUUID();
  const timeoutMs = workflow.settings?.timeoutMs ?? 300_000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const mode = options.mode ?? 'manual';
  const graph = new RunGraph(workflow, deps.registry);
  const starts = startNodesOf(graph, options);
  let active = graph.reachableFrom(starts);
  if (options.destinationNodeId) {
    const needed = graph.upstreamOf(options.destinationNodeId);
    active = new Set([...active].filter((id) => needed.has(id)));
  }
  const scheduler = new Scheduler(graph, active, starts);
  let childCount = 0;
  const session: RunSession = {
    deps,
    graph,
    workflow,
    options,
    runId,
    signal,
    steps: [],
    runStates: new Map(),
    tokenCache: new Map(),
    usePinData: options.usePinData ?? ['manual', 'cli', 'test'].includes(mode),
    info: {
      runId,
      mode,
      resumeUrl: options.resumeUrl,
      workflowId: options.workflowId ?? workflow.id,
      workflowName: workflow.name,
      timezone: workflow.settings?.timezone ?? 'UTC',
      dryRun: options.dryRun ?? false,
    },
    runChild: (child: Workflow, items: Item[]) => {
      const depth = (options.depth ?? 0) + 1;
      if (depth > MAX_DEPTH)
        throw new Error(`sub-workflows nest deeper than ${MAX_DEPTH}; is a workflow calling itself?`);
      return runtime.run(child, {
        triggerItems: items,
        mode: 'subworkflow',
        depth,
        dryRun: options.dryRun,
        signal,
        runId: `${runId}.${++childCount}`,
      });
    },
  };

  const previous = new Map<string, StepRecord>();
  for (const step of options.previousSteps ?? []) {
    session.steps[step.index] = step;
    previous.set(`${step.nodeId}#${step.runIndex}`, step);
  }
  let nextIndex = session.steps.length;
  const loopInputs = new Map<string, LoopInputs>();
  const maxIterations = workflow.settings?.maxLoopIterations ?? deps.maxLoopIterations ?? 1000;
  let status: RunResult['status'] = 'success';
  let error: RunResult['error'] = null;
  let waitUntil: string | undefined;

  const finishStep = async (step: StepRecord, stored: boolean) => {
    session.steps[step.index] = step;
    if (!stored) {
      await deps.stepStore?.saveStep(step);
      options.hooks?.stepFinished?.(step);
    }
  };

  while (status === 'success') {
    if (signal.aborted) break;
    const ready = scheduler.ready();
    if (ready.length === 0) break;
    const toSkip = ready.filter((id) => {
      if (scheduler.starts.includes(id) && scheduler.runIndexOf(id) === 0) return false;
      const { items } = scheduler.inputsOf(id);
      return !graph.get(id).node.alwaysRun && Object.values(items).every((list) => list.length === 0);
    });
    if (toSkip.length) {
      toSkip.forEach((id) => scheduler.skip(id));
      continue;
    }
    const capped = ready.find((id) => graph.isLoop(id) && scheduler.runIndexOf(id) >= maxIterations);
    if (capped) {
      status = 'failed';
      error = {
        message: `Loop '${graph.get(capped).node.name}' went round ${maxIterations} times, the most allowed; raise settings.maxLoopIterations if that is intended`,
        nodeId: capped,
      };
      break;
    }
    const wave = ready.slice(0, deps.parallelism ?? 4).map((id) => {
      const runIndex = scheduler.runIndexOf(id);
      const reused = previous.get(`${id}#${runIndex}`);
      const input = scheduler.inputsOf(id);
      if (graph.isLoop(id)) addLoopSegments(loopInputs, id, input.segments, scheduler.isIterating(id));
      if (scheduler.starts.includes(id) && runIndex === 0) {
        input.items = { main: options.triggerItems ?? [{ json: {} }] };
        input.segments = {};
      }
      return { id, runIndex, reused, input, index: reused?.index ?? nextIndex++ };
    });
    const steps = await Promise.all(
      wave.map(async ({ id, runIndex, reused, input, index }) => {
        if (reused?.status === 'success') return { step: reused, stored: true };
        if (reused?.status === 'waiting' && options.resume)
          return { step: resumeWait(reused, input.items.main ?? []), stored: false };
        const node = graph.get(id);
        options.hooks?.stepStarted?.({ runId, index, nodeId: id, nodeName: node.node.name });
        const step = await executeStep(session, node, {
          index,
          runIndex,
          items: input.items,
          segments: input.segments,
        });
        return { step, stored: false };
      }),
    );
    for (const { step, stored } of steps) {
      await finishStep(step, stored);
      if (step.status === 'success') scheduler.apply(step.nodeId, step);
      else if (step.status === 'waiting') {
        status = 'waiting';
        waitUntil = step.waitUntil;
      } else if (step.status === 'error' && status !== 'failed') {
        status = 'failed';
        error = {
          message: step.error?.message ?? 'the step failed',
          nodeId: step.nodeId,
          description: step.error?.description,
        };
      } else if (step.status === 'cancelled') break;
    }
  }

  if (signal.aborted && status === 'success') {
    const timedOut = timeout.aborted && !options.signal?.aborted;
    status = timedOut ? 'failed' : 'cancelled';
    error = {
      message: timedOut
        ? `the run took longer than its timeout of ${timeoutMs} ms and was stopped`
        : 'the run was cancelled',
    };
  }

  const steps = session.steps.filter((s): s is StepRecord => Boolean(s));
  const outputs: RunResult['outputs'] = {};
  for (const step of steps) {
    if (step.status === 'success' && graph.get(step.nodeId).outgoing.length === 0)
      outputs[step.nodeId] = step.output;
  }
  const webhookResponse = steps.find((s) => s.response)?.response;
  const usage = sumUsage(steps);
  return {
    runId,
    status,
    steps,
    outputs,
    error,
    waitUntil,
    webhookResponse,
    ...(usage ? { usage } : {}),
    startedAt,
    finishedAt: new Date().toISOString(),
  };
}

/** The run's usage: each step's usage summed; undefined when no step reported any. */
function sumUsage(steps: StepRecord[]): Record<string, number> | undefined {
  let total: Record<string, number> | undefined;
  for (const step of steps) {
    for (const [key, value] of Object.entries(step.usage ?? {})) {
      total ??= {};
      total[key] = (total[key] ?? 0) + value;
    }
  }
  return total;
}

interface LoopInputs {
  entry: InputSegment[];
  processed: InputSegment[];
}

/**
 * A Loop node pairs its items with pseudo input ports: `entry` (the items it was first given)
 * and `processed` (everything its body returned so far), so `$('Node').item` works across
 * iterations.
 */
function addLoopSegments(
  loops: Map<string, LoopInputs>,
  id: string,
  segments: Record<string, InputSegment[]>,
  fromBody: boolean,
): void {
  const known = loops.get(id);
  const acc: LoopInputs =
    fromBody && known ? known : { entry: fromBody ? [] : (segments.main ?? []), processed: [] };
  if (fromBody) acc.processed.push(...(segments.main ?? []));
  loops.set(id, acc);
  segments.entry = acc.entry;
  segments.processed = [...acc.processed];
}

/** A Wait step that is resumed passes its input on unchanged. */
function resumeWait(step: StepRecord, items: Item[]): StepRecord {
  const port = Object.keys(step.output)[0] ?? 'main';
  return {
    ...step,
    status: 'success',
    output: { [port]: items },
    itemsOut: { [port]: items.length },
    finishedAt: new Date().toISOString(),
    waitUntil: undefined,
  };
}
