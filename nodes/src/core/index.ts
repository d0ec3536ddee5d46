import type { AnyNodeDefinition, CredentialType } from '@ainow/engine/sdk';
import { aggregate } from './aggregate/aggregate.node';
import { code } from './code/code.node';
import { cryptoNode } from './crypto/crypto.node';
import { dateTime } from './date-time/date-time.node';
import { executeWorkflow } from './execute-workflow/execute-workflow.node';
import { filter } from './filter/filter.node';
import { httpAuthCredential } from './http-request/http-auth.credential';
import { httpRequest } from './http-request/http-request.node';
import { ifNode } from './if/if.node';
import { limit } from './limit/limit.node';
import { loop } from './loop/loop.node';
import { manualTrigger } from './manual-trigger/manual-trigger.node';
import { merge } from './merge/merge.node';
import { noop } from './noop/noop.node';
import { removeDuplicates } from './remove-duplicates/remove-duplicates.node';
import { renderTemplate } from './render-template/render-template.node';
import { respondToWebhook } from './respond-to-webhook/respond-to-webhook.node';
import { schedule } from './schedule/schedule.node';
import { setNode } from './set/set.node';
import { sort } from './sort/sort.node';
import { splitOut } from './split-out/split-out.node';
import { stopAndError } from './stop-and-error/stop-and-error.node';
import { switchNode } from './switch/switch.node';
import { wait } from './wait/wait.node';
import { webhook } from './webhook/webhook.node';

/** Every core node (DESIGN.md section 5), in catalog order. */
export const coreNodes: AnyNodeDefinition[] = [
  manualTrigger,
  webhook,
  schedule,
  respondToWebhook,
  code,
  setNode,
  ifNode,
  switchNode,
  filter,
  merge,
  loop,
  splitOut,
  aggregate,
  sort,
  limit,
  removeDuplicates,
  httpRequest,
  wait,
  executeWorkflow,
  renderTemplate,
  dateTime,
  cryptoNode,
  stopAndError,
  noop,
];

/** Credential types the core nodes use (the HTTP Request node's generic `httpAuth`). */
export const coreCredentials: CredentialType[] = [httpAuthCredential];

export {
  aggregate,
  code,
  cryptoNode,
  dateTime,
  executeWorkflow,
  filter,
  httpAuthCredential,
  httpRequest,
  ifNode,
  limit,
  loop,
  manualTrigger,
  merge,
  noop,
  removeDuplicates,
  renderTemplate,
  respondToWebhook,
  schedule,
  setNode,
  sort,
  splitOut,
  stopAndError,
  switchNode,
  wait,
  webhook,
};
export { evaluateConditions, evaluateCondition, itemMatches, type Combine } from './shared/conditions';
export { compareValues, valuesEqual } from './shared/compare-values';
export { getPath, setPath } from './shared/field-path';
export { parseDateInput } from './shared/date-input';
export { fromZoned, toZonedIso, zonedParts, isValidTimezone } from './shared/zoned-time';
export { formatDate } from './date-time/date-format';
export { parseWithFormat } from './date-time/date-parse';
export { addToDate, dateDiff, type DateUnit } from './date-time/date-math';
export { nextRuns, validateSchedule } from './schedule/next-runs';
export { verifyWebhook, type WebhookAuthProps } from './webhook/verify-webhook';
export {
  buildWebhookResponse,
  type WebhookResponse,
  type RespondToWebhookProps,
} from './respond-to-webhook/webhook-response';
export { paginate, type Pagination } from './http-request/paginate';
export { LOOP_ENTRY_INPUT, LOOP_PROCESSED_INPUT } from './loop/loop.node';
