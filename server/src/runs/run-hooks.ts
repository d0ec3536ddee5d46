import type { RunHooks } from '@ainow/engine/runtime';
import type { RunLog } from '../common/lazy-child-logger';
import { metrics } from '../common/metrics';
import { webhookResponseOf } from './capture-webhook-responses';
import type { RunEvents } from './run-events';

/**
 * The runtime hooks of one run on the server: each step's start and end go out as run events
 * (live progress, webhook answers), step durations into the metrics, and a debug log line; a
 * step's error is redacted of the run's secrets before it leaves.
 *
 * @example
 * runtime.run(document, { runId, hooks: runHooks(events, runId, log, redact) });
 */
export function runHooks(
  events: RunEvents,
  runId: string,
  log: RunLog,
  redact: <T>(value: T) => T,
): RunHooks {
  return {
    stepStarted: (info) => events.publish({ type: 'step-started', ...info, runId }),
    stepFinished: (step) => {
      metrics.stepDuration.observe({ node_type: step.nodeType, status: step.status }, step.durationMs / 1000);
      log.debug({ nodeId: step.nodeId, status: step.status, durationMs: step.durationMs }, 'step finished');
      events.publish({
        type: 'step-finished',
        runId,
        step: {
          index: step.index,
          nodeId: step.nodeId,
          nodeName: step.nodeName,
          nodeType: step.nodeType,
          status: step.status,
          itemsIn: step.itemsIn,
          itemsOut: step.itemsOut,
          durationMs: step.durationMs,
          error: redact(step.error),
        },
        webhookResponse: webhookResponseOf(step),
      });
    },
  };
}
