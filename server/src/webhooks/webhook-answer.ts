import type { DataSource } from 'typeorm';
import type { Item } from '@ainow/engine/workflow';
import { ExecutionItemsEntity } from '../executions/execution-items.entity';
import { ExecutionStepEntity } from '../executions/execution-step.entity';
import type { RunEvent } from '../runs/run-events';

export interface WebhookAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

/**
 * The HTTP answer of a webhook that waited for its run: the Respond to Webhook step's answer; or,
 * when the run ended, the first page of the last successful step's main items (one item: its
 * JSON; several: an array); a failed run answers 500 with the run's error; no event in time, 504.
 *
 * @example
 * const answer = await runAnswer(ds, runId, event);
 */
export async function runAnswer(
  ds: DataSource,
  runId: string,
  event: RunEvent | undefined,
): Promise<WebhookAnswer> {
  if (!event) {
    return {
      status: 504,
      headers: JSON_TYPE,
      body: JSON.stringify({
        error: {
          code: 'webhook_timeout',
          message: 'the run did not answer in time; it goes on, see its execution',
          details: { runId },
        },
      }),
    };
  }
  if (event.type === 'step-finished' && event.webhookResponse) return event.webhookResponse;
  if (event.type === 'run-finished' && event.status === 'failed') {
    return {
      status: 500,
      headers: JSON_TYPE,
      body: JSON.stringify({
        error: {
          code: 'run_failed',
          message: event.error?.message ?? 'the run failed',
          details: { runId, nodeId: event.error?.nodeId },
        },
      }),
    };
  }
  if (event.type === 'run-finished' && event.status === 'waiting') {
    return { status: 202, headers: JSON_TYPE, body: JSON.stringify({ runId, status: 'waiting' }) };
  }
  const last = await ds
    .getRepository(ExecutionStepEntity)
    .findOne({ where: { executionId: runId, status: 'success' }, order: { index: 'DESC' } });
  if (!last) return { status: 200, headers: JSON_TYPE, body: '{}' };
  const page = await ds.getRepository(ExecutionItemsEntity).findOneBy({
    executionId: runId,
    stepIndex: last.index,
    port: Object.keys(last.itemsOut)[0] ?? 'main',
    page: 0,
  });
  const items = page ? (JSON.parse(page.items) as Item[]) : [];
  return {
    status: 200,
    headers: JSON_TYPE,
    body: JSON.stringify(items.length === 1 ? items[0].json : items.map((i) => i.json)),
  };
}
